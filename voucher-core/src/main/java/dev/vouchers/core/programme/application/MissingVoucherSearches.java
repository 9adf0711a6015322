// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.voucher.domain.Voucher;
import java.util.List;
import java.util.Optional;

/** M-3: the search port of a programme wired without one: every call names the setting. */
enum MissingVoucherSearches implements VoucherSearches {
  INSTANCE;

  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    throw missing();
  }

  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    throw missing();
  }

  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    throw missing();
  }

  private static IllegalStateException missing() {
    return new IllegalStateException(
        "support search needs VoucherProgramme.builder().voucherSearches(...)");
  }
}
