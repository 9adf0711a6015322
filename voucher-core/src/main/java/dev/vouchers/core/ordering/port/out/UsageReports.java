// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import java.util.function.Consumer;

/**
 * M-6: the usage report computed where the vouchers are (ADR 0050). {@code UsageReportContract}
 * in the testkit pins the behaviour.
 */
@FunctionalInterface
public interface UsageReports {

  /**
   * M-6, L-2: streams the report's rows to {@code sink} in {@link UsageRow#ORDER}, one per
   * partner, product configuration, period and currency with at least one event, as
   * {@link dev.vouchers.core.ordering.domain.UsageKind} defines the events: aggregated by the
   * store (one grouped query), never by reading every voucher into memory. With a partner in
   * the query, only that partner's vouchers are read.
   *
   * @param query what to report
   * @param sink receives the rows; called on the caller's thread, possibly inside the store's
   *     transaction, so it should not call the store back
   */
  void usage(UsageQuery query, Consumer<? super UsageRow> sink);
}
