// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * O-4, C-5: the vouchers of a new order as a lazy, read-only list: voucher {@code i} is built,
 * and its code sealed, when the store reads it. A million-voucher order thus costs the
 * plaintext codes and whatever the store buffers, not a million voucher objects.
 */
final class NewVouchers extends AbstractList<Voucher> implements RandomAccess {
  private final Order order;
  private final Instant expiresAt;
  private final List<VoucherCode> codes;
  private final CodeVault vault;

  NewVouchers(Order order, Instant expiresAt, List<VoucherCode> codes, CodeVault vault) {
    this.order = order;
    this.expiresAt = expiresAt;
    this.codes = codes;
    this.vault = vault;
  }

  @Override
  public Voucher get(int index) {
    return Voucher.builder()
        .id(VoucherId.of(order.id(), index + 1))
        .order(order.id())
        .partner(order.partner())
        .configuration(configurationAt(index))
        .code(vault.seal(codes.get(index)))
        .status(VoucherStatus.VALID)
        .issuedAt(order.placedAt())
        .expiresAt(expiresAt)
        .build();
  }

  private ProductConfiguration configurationAt(int index) {
    int end = 0;
    for (OrderLine line : order.lines()) {
      end += line.quantity();
      if (index < end) {
        return line.configuration();
      }
    }
    throw new IndexOutOfBoundsException(index);
  }

  @Override
  public int size() {
    return codes.size();
  }
}
