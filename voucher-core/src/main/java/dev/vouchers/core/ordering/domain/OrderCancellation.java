// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * V-6: an allowed cancellation: the order before and after, how many vouchers move to
 * CANCELLED, who cancels and why, and the refund (the full amount paid). It does not list the
 * vouchers (L-2: an order may have a million): a store applies it where the data is, moving
 * every voucher of the order that is in one of {@link #from()} and not expired at {@link #at()}
 * to CANCELLED as {@link #move(Voucher)} makes it, with its history entry; if that is not
 * exactly {@code vouchers} vouchers (one moved meanwhile, V-7), or the order is no longer at
 * the version read, it writes nothing.
 *
 * @param before the order as read
 * @param after the cancelled order
 * @param vouchers how many vouchers move (every voucher of the order)
 * @param by who cancels
 * @param why the reason recorded in every voucher's history entry
 * @param refund the amount to refund
 */
public record OrderCancellation(
    Order before, Order after, long vouchers, Actor by, String why, Money refund) {

  /** The after state is the cancelled next version of the same order. */
  public OrderCancellation {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(refund, "refund");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1
        || after.status() != OrderStatus.CANCELLED) {
      throw new IllegalArgumentException("a cancellation goes from an order to its cancelled"
          + " next version");
    }
    if (vouchers < 0) {
      throw new IllegalArgumentException("vouchers is not negative: " + vouchers);
    }
  }

  /** When the order is cancelled. */
  public Instant at() {
    return after.cancelledAt().orElseThrow();
  }

  /**
   * V-1: the statuses a voucher is cancelled from (when not expired, V-4): the sources of
   * {@link Transition#CANCEL}.
   */
  public static Set<VoucherStatus> from() {
    return Transition.CANCEL.from();
  }

  /** V-2: the history entry's {@code by}. */
  public String byWhom() {
    return by.describe();
  }

  /**
   * V-6: one voucher's move to CANCELLED as part of this cancellation (new state, next
   * version, history entry), or why it cannot move; what a store writes for each voucher.
   */
  public Either<Refusal, VoucherMove> move(Voucher voucher) {
    return voucher.cancel(by, at(), why);
  }
}
