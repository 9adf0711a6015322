// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * V-6 as small named rules: an order may be cancelled only if it was placed no more than the
 * window ago, no voucher is in use or was ever redeemed, its vouchers have not expired, and it
 * is not already cancelled. A refusal lists every rule that fails.
 *
 * @param window the cancellation window (default 30 days)
 * @param expiry the expiry policy of the order's vouchers
 */
public record CancellationPolicy(Duration window, ExpiryPolicy expiry) {

  /** The window must be positive. */
  public CancellationPolicy {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("cancellationWindow must be positive");
    }
  }

  /** V-6: the last instant the order may be cancelled: window end, but never after expiry. */
  public Instant deadline(Order order) {
    Instant windowEnd = order.placedAt().plus(window);
    Instant expiresAt = expiry.expiryFor(order.placedAt());
    return windowEnd.isBefore(expiresAt) ? windowEnd : expiresAt.minusNanos(1);
  }

  /**
   * V-6: the verdict for the order, from its vouchers' tally taken at {@code now} (L-2: the
   * vouchers themselves are not needed). Lists every reason that applies.
   */
  public CancellationVerdict evaluate(Order order, OrderTally vouchers, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    notAlreadyCancelled(order, vouchers).ifPresent(reasons::add);
    withinWindow(order, now).ifPresent(reasons::add);
    notExpired(order, vouchers, now).ifPresent(reasons::add);
    noneInUse(vouchers).ifPresent(reasons::add);
    neverRedeemed(vouchers).ifPresent(reasons::add);
    boolean closedForGood = order.status() == OrderStatus.CANCELLED
        || now.isAfter(deadline(order))
        || reasons.stream().anyMatch(r -> r.code() == ReasonCode.VOUCHER_WAS_REDEEMED);
    Optional<Instant> until = closedForGood ? Optional.empty() : Optional.of(deadline(order));
    return new CancellationVerdict(reasons.isEmpty(), until, reasons);
  }

  /**
   * V-6: cancels the order and every voucher, or refuses with every reason. The refund is the
   * full amount paid (the order total). The cancellation names how many vouchers move, not
   * which: a store moves them all where they are stored, or nothing.
   */
  public Either<Refusal, OrderCancellation> cancel(
      Order order, OrderTally vouchers, Actor by, Instant now, String why) {
    CancellationVerdict verdict = evaluate(order, vouchers, now);
    if (!verdict.allowed()) {
      return Either.left(new Refusal(verdict.reasons()));
    }
    return Either.right(new OrderCancellation(order, order.cancelled(now), vouchers.total(), by,
        why, order.total()));
  }

  static Optional<Reason> notAlreadyCancelled(Order order, OrderTally vouchers) {
    if (order.status() == OrderStatus.CANCELLED) {
      return Optional.of(Reason.of(ReasonCode.ORDER_ALREADY_CANCELLED,
          "the order is already cancelled"));
    }
    long cancelled = vouchers.count(VoucherStatus.CANCELLED);
    return cancelled == 0
        ? Optional.empty()
        : Optional.of(Reason.of(ReasonCode.ORDER_ALREADY_CANCELLED,
            cancelled + " voucher(s) of the order are cancelled already"));
  }

  Optional<Reason> withinWindow(Order order, Instant now) {
    Instant windowEnd = order.placedAt().plus(window);
    return now.isAfter(windowEnd)
        ? Optional.of(Reason.of(ReasonCode.CANCELLATION_WINDOW_CLOSED,
            "orders can be cancelled up to " + window.toDays() + " days after purchase; this "
                + "window closed at " + windowEnd))
        : Optional.empty();
  }

  /** V-6, V-4: neither the order's expiry has come nor has any voucher expired (as seen now). */
  Optional<Reason> notExpired(Order order, OrderTally vouchers, Instant now) {
    Instant expiresAt = expiry.expiryFor(order.placedAt());
    if (!now.isBefore(expiresAt)) {
      return Optional.of(Reason.of(ReasonCode.ORDER_EXPIRED,
          "the order's vouchers expired at " + expiresAt));
    }
    long expired = vouchers.count(VoucherStatus.EXPIRED);
    return expired == 0
        ? Optional.empty()
        : Optional.of(Reason.of(ReasonCode.ORDER_EXPIRED,
            expired + " voucher(s) of the order have expired"));
  }

  static Optional<Reason> noneInUse(OrderTally vouchers) {
    long inUse = vouchers.inUse();
    return inUse == 0
        ? Optional.empty()
        : Optional.of(Reason.of(ReasonCode.VOUCHER_IN_USE,
            inUse + " voucher(s) of the order are pending, reserved or redeemed"));
  }

  static Optional<Reason> neverRedeemed(OrderTally vouchers) {
    long redeemed = vouchers.everRedeemed();
    return redeemed == 0
        ? Optional.empty()
        : Optional.of(Reason.of(ReasonCode.VOUCHER_WAS_REDEEMED,
            redeemed + " voucher(s) of the order were redeemed"));
  }
}
