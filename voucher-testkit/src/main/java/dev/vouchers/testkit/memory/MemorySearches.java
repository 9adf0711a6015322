// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import static dev.vouchers.testkit.memory.MemoryState.page;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.voucher.domain.Voucher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** M-3 and M-6: the support searches and the usage report over the orders and vouchers held. */
final class MemorySearches implements VoucherSearches, UsageReports {
  private final MemoryState state;

  MemorySearches(MemoryState state) {
    this.state = state;
  }

  /** M-6: the usage report tallied from the maps (ADR 0050); rows handed over outside the lock. */
  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    List<UsageRow> rows = new ArrayList<>();
    synchronized (state.lock) {
      InMemoryUsage.report(query, state.orders, state.vouchers.values(), state.history, rows::add);
    }
    rows.forEach(sink);
  }

  /** M-3: the vouchers matching a recipient or last-four search, newest first (ADR 0054). */
  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    synchronized (state.lock) {
      return page(state.vouchers.values(), search::matches, Voucher::issuedAt, v -> v.id().value(),
          page);
    }
  }

  /** M-3: the orders matching a customer-name or notes search, newest first, after a position. */
  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    synchronized (state.lock) {
      return state.orders.values().stream().filter(search::matches)
          .filter(o -> after.isEmpty() || after.get().precedes(o.placedAt(), o.id().value()))
          .sorted(Comparator.comparing(Order::placedAt).reversed()
              .thenComparing(o -> o.id().value()))
          .limit(limit).toList();
    }
  }

  /** M-3: the vouchers of the matching orders, counted up to the cap. */
  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    synchronized (state.lock) {
      return Page.Total.counted(state.orders.values().stream().filter(search::matches)
          .mapToLong(o -> state.byOrder.getOrDefault(o.id(), List.of()).size()).sum());
    }
  }

}
