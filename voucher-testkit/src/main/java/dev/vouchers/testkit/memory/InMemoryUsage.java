// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.UsageFigure;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * M-6: the usage report computed from the in-memory store's maps, as {@link UsageKind} defines
 * it (ADR 0050): the same rows the JDBC store's grouped query answers.
 */
final class InMemoryUsage {
  private final UsageQuery query;
  private final TreeMap<UsageRow, UsageRow> rows = new TreeMap<>(UsageRow.ORDER);

  private InMemoryUsage(UsageQuery query) {
    this.query = query;
  }

  /**
   * Tallies the report over the store's maps (the caller holds the store's lock) and hands its
   * rows to the sink in order.
   *
   * @param query what to report
   * @param orders every order by id
   * @param vouchers every voucher
   * @param history every voucher's history
   * @param sink receives the rows
   */
  static void report(UsageQuery query, Map<OrderId, Order> orders, Iterable<Voucher> vouchers,
      Map<VoucherId, List<HistoryEntry>> history, Consumer<? super UsageRow> sink) {
    InMemoryUsage usage = new InMemoryUsage(query);
    for (Voucher voucher : vouchers) {
      if (query.partner().isPresent() && !query.partner().get().equals(voucher.partner())) {
        continue;
      }
      Optional<OrderLine> line = lineOf(orders.get(voucher.order()), voucher);
      if (line.isEmpty()) {
        continue;
      }
      usage.add(voucher, line.get(), UsageKind.ISSUED, voucher.issuedAt());
      for (HistoryEntry entry : history.getOrDefault(voucher.id(), List.of())) {
        UsageKind.ofMove(entry.from(), entry.to())
            .ifPresent(kind -> usage.add(voucher, line.get(), kind, entry.at()));
      }
      if (voucher.statusAt(query.asOf()) == VoucherStatus.EXPIRED) {
        usage.add(voucher, line.get(), UsageKind.EXPIRED, voucher.expiresAt());
      }
    }
    usage.rows.values().forEach(sink);
  }

  /** T-4: the order line the voucher was bought on: the first with its configuration. */
  private static Optional<OrderLine> lineOf(@Nullable Order order, Voucher voucher) {
    if (order == null) {
      return Optional.empty();
    }
    return order.lines().stream()
        .filter(l -> l.configuration().equals(voucher.configuration())).findFirst();
  }

  private void add(Voucher voucher, OrderLine line, UsageKind kind, Instant at) {
    if (!query.covers(at)) {
      return;
    }
    UsageRow key = new UsageRow(voucher.partner(), voucher.configuration(),
        query.bucket().periodOf(at), line.unitPrice().currency(), Map.of());
    UsageRow row = rows.getOrDefault(key, key)
        .plus(kind, UsageFigure.one(line.unitPrice().minorUnits()));
    rows.put(row, row);
  }
}
