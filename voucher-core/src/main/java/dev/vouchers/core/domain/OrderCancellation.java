// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.util.List;

/**
 * V-6: an allowed cancellation: the order before and after, a move to CANCELLED for every
 * voucher, and the refund (the full amount paid). A store applies all of it or nothing.
 *
 * @param before the order as read
 * @param after the cancelled order
 * @param moves one move per voucher
 * @param refund the amount to refund
 */
public record OrderCancellation(Order before, Order after, List<VoucherMove> moves, Money refund) {
  /** Copies the moves. */
  public OrderCancellation {
    moves = List.copyOf(moves);
  }
}
