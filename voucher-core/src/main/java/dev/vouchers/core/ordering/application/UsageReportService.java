// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.ordering.port.out.UsageReports;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.function.Consumer;

/** M-6: the usage report (ADR 0050): who may see which rows and the interval's limits. */
final class UsageReportService implements UsageReport {
  private final Basics basics;
  private final UsageReports reports;

  UsageReportService(Basics basics, UsageReports reports) {
    this.basics = basics;
    this.reports = reports;
  }

  @Override
  public Either<Refusal, Long> rows(Command command, Consumer<? super UsageRow> rows) {
    return query(command).map(query -> {
      long[] count = {0};
      reports.usage(query, row -> {
        rows.accept(row);
        count[0]++;
      });
      return count[0];
    });
  }

  /**
   * A-1, L-4: the query the principal may run, or why not: a partner's user reports on its own
   * partner only (another partner's is answered as missing); staff and services on any or all;
   * an end customer on none. The interval is checked after who asks.
   */
  private Either<Refusal, UsageQuery> query(Command command) {
    Optional<Optional<PartnerId>> scope = scope(command.principal(), command.partner());
    if (scope.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    return UsageQuery.of(scope.get(), command.from(), command.to(), command.bucket(),
            basics.now())
        .toEither().mapLeft(Refusal::of);
  }

  /** the partner (or every partner, empty) the principal may report on, if any. */
  private static Optional<Optional<PartnerId>> scope(Actor principal,
      Optional<PartnerId> asked) {
    if (principal instanceof Actor.PartnerUser user) {
      return asked.isEmpty() || asked.get().equals(user.partner())
          ? Optional.of(Optional.of(user.partner()))
          : Optional.empty();
    }
    if (principal instanceof Actor.VendorStaff || principal instanceof Actor.Service) {
      return Optional.of(asked);
    }
    return Optional.empty();
  }
}
