// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.voucher.domain.Voucher;
import java.util.List;
import java.util.Optional;

/**
 * M-3: support search where the data is (ADR 0054). Every method reads index ranges in the
 * listing's order, of the search's partner or of every partner: a page costs the same at any
 * size of the store (L-1). {@code VoucherSearchContract} in the testkit pins the behaviour.
 */
public interface VoucherSearches {

  /**
   * M-3, O-5: a page of the vouchers that {@link VoucherSearch#matches(Voucher)} (a recipient or
   * last-four search), newest first (issued time descending, then id ascending), keyset-paged
   * and counted on the first page only, capped, as every listing ({@link Page}).
   */
  Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page);

  /**
   * M-3: up to {@code limit} orders that {@link VoucherSearch#matches(Order)} (a customer-name
   * or notes search), newest first (placed time descending, then id ascending), after the
   * position (an order's placed time and id; from the first when empty). A store may also
   * return orders whose notes match only in their first
   * {@link VoucherSearch#NOTES_KEY_LENGTH} characters (what its index holds); the caller drops
   * them.
   */
  List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit);

  /**
   * M-3, L-1: how many vouchers the orders that match have, counted up to
   * {@link Page.Total#CAP} + 1 (the first page's total of a customer-name or notes search).
   */
  Page.Total vouchersOfOrdersMatching(VoucherSearch search);
}
