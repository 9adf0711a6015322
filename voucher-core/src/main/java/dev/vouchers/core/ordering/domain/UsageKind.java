// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * M-6: what a usage report counts (ADR 0050), each at the instant it happened:
 *
 * <ul>
 *   <li>{@link #ISSUED}: a voucher was bought, at its order's purchase time (the voucher's
 *       issue time);
 *   <li>{@link #ASSIGNED}: a move into ASSIGNED from another status (an activation link sent,
 *       S-2), at the move's time; a resend to the same or another address is not counted again;
 *   <li>{@link #REDEEMED}: a move into REDEEMED, at the move's time (a voucher reissued and
 *       redeemed again counts again, V-5);
 *   <li>{@link #EXPIRED}: a voucher that is EXPIRED as seen when the report is made (V-4: a due
 *       VALID or ASSIGNED voucher counts before any sweep wrote it), at its expiry instant, not
 *       at the sweep's time;
 *   <li>{@link #CANCELLED}: a move into CANCELLED (V-6), at the move's time.
 * </ul>
 *
 * <p>The money of each is the sum of the counted vouchers' unit prices as frozen on their order
 * lines (T-4).
 */
public enum UsageKind {
  /** Bought (the order placed). */
  ISSUED,
  /** An activation link sent to a first (or, after a withdrawal, a new) recipient. */
  ASSIGNED,
  /** Redeemed. */
  REDEEMED,
  /** Expired unused. */
  EXPIRED,
  /** Cancelled with its order. */
  CANCELLED;

  /**
   * V-2: the statuses whose moves in the history the report counts, read from the move table:
   * the targets of {@link Transition#ASSIGN}, {@link Transition#REDEEM} and
   * {@link Transition#CANCEL}. A store's SQL takes its status list from here.
   */
  public static Set<VoucherStatus> countedMoveTargets() {
    Set<VoucherStatus> targets = EnumSet.of(Transition.ASSIGN.to(), Transition.REDEEM.to(),
        Transition.CANCEL.to());
    return Collections.unmodifiableSet(targets);
  }

  /**
   * What a recorded move counts as, if anything: a move into ASSIGNED from another status, a
   * move into REDEEMED, a move into CANCELLED. Expiries are counted from the voucher (its
   * expiry instant), not from the sweep's move.
   *
   * @param from the status before the move
   * @param to the status after it
   * @return the kind counted, or empty
   */
  public static Optional<UsageKind> ofMove(VoucherStatus from, VoucherStatus to) {
    if (to == Transition.ASSIGN.to()) {
      return from == to ? Optional.empty() : Optional.of(ASSIGNED);
    }
    if (to == Transition.REDEEM.to()) {
      return Optional.of(REDEEMED);
    }
    if (to == Transition.CANCEL.to()) {
      return Optional.of(CANCELLED);
    }
    return Optional.empty();
  }

  /** The name as a CSV column or JSON field prefix: lower case. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
