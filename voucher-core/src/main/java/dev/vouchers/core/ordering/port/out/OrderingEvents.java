// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;

/**
 * Where the services of orders and vouchers tell what they did, after the storage accepted
 * it (ADR 0068). The programme implements it and publishes each as its {@code ProgrammeEvent};
 * an embedder listens to those ({@code ProgrammeEvents}), not to this.
 */
public interface OrderingEvents {

  /**
   * O-4: an order was stored with all its vouchers.
   *
   * @param order the order
   * @param partner the ordering partner
   * @param vouchers how many vouchers it issued
   * @param at the purchase time
   */
  void orderPlaced(OrderId order, PartnerId partner, int vouchers, Instant at);

  /**
   * V-6: an order was cancelled as a whole.
   *
   * @param order the order
   * @param partner the partner who owns it
   * @param vouchers how many vouchers were cancelled
   * @param at when it was cancelled
   */
  void orderCancelled(OrderId order, PartnerId partner, int vouchers, Instant at);

  /**
   * V-1, V-2: a voucher moved.
   *
   * @param voucher the voucher
   * @param partner the partner who owns it
   * @param from the status before
   * @param to the status after
   * @param at when it moved
   */
  void voucherMoved(VoucherId voucher, PartnerId partner, VoucherStatus from, VoucherStatus to,
      Instant at);

  /**
   * V-1, V-2: a voucher moved, as its history entry records it.
   *
   * @param partner the partner who owns the voucher
   * @param entry the history entry written
   */
  default void voucherMoved(PartnerId partner, HistoryEntry entry) {
    voucherMoved(entry.voucher(), partner, entry.from(), entry.to(), entry.at());
  }
}
