// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.CsvWriter;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageCsv;
import dev.vouchers.core.ordering.domain.UsageRow;
import io.vavr.control.Either;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * M-6: the usage report per partner, product configuration and period (issued, assigned,
 * redeemed, expired, cancelled, and the money of each; ADR 0050), computed by the store and
 * streamed. Vendor staff and services report on every partner or one; a partner's users only
 * on their own partner (another partner's is refused as missing, A-1).
 */
@FunctionalInterface
public interface UsageReport {

  /** The CSV header {@link #csv} writes before the rows ({@link UsageCsv#HEADER}). */
  List<String> CSV_HEADER = UsageCsv.HEADER;

  /**
   * Streams the report's rows to a consumer, in {@link UsageRow#ORDER}.
   *
   * @param command what to report
   * @param rows receives the rows; it should not call the programme back
   * @return how many rows, or a refusal with every reason that applies
   */
  Either<Refusal, Long> rows(Command command, Consumer<? super UsageRow> rows);

  /**
   * S-1, M-6: streams the report as CSV (RFC 4180, formula-injection safe) to the writer in
   * bounded memory: the header ({@link #CSV_HEADER}), then one record per row
   * ({@link UsageCsv#cells}), amounts as exact decimals. On a refusal nothing is written.
   *
   * @param command what to report
   * @param out where the CSV goes; not closed
   * @return how many rows, or a refusal with every reason that applies
   */
  default Either<Refusal, Long> csv(Command command, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    boolean[] started = {false};
    Either<Refusal, Long> answer = rows(command, row -> {
      if (!started[0]) {
        csv.row(CSV_HEADER);
        started[0] = true;
      }
      csv.row(UsageCsv.cells(row));
    });
    if (answer.isRight()) {
      if (!started[0]) {
        csv.row(CSV_HEADER);
      }
      csv.flush();
    }
    return answer;
  }

  /**
   * The command.
   *
   * @param principal who asks
   * @param partner the partner to report on; empty for every partner (vendor staff and
   *     services), or the principal's own partner for a partner's user
   * @param from the first instant counted
   * @param to the first instant no longer counted ({@code [from, to)})
   * @param bucket days or months (UTC)
   */
  record Command(Actor principal, Optional<PartnerId> partner, Instant from, Instant to,
      UsageBucket bucket) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(bucket, "bucket");
    }
  }
}
