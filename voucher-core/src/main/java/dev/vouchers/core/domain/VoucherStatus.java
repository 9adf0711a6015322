// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A voucher's status, with the vendor's words (Voucher lifecycle). */
public enum VoucherStatus {
  /** Bought, unused (Gültig). */
  VALID,
  /** An activation link was sent to an end customer (Zugeteilt). */
  ASSIGNED,
  /** Activation of an organisation certificate was started (Hängig). */
  PENDING,
  /** The certificate request was submitted; counts as used (Reserviert). */
  RESERVED,
  /** Certificate obtained or platform opened with the code (Eingelöst). */
  REDEEMED,
  /** Not used before its expiry (Abgelaufen). */
  EXPIRED,
  /** Its order was cancelled (Abgebrochen). */
  CANCELLED;

  private static final Map<VoucherStatus, Set<VoucherStatus>> MOVES = Map.of(
      VALID, EnumSet.of(ASSIGNED, PENDING, RESERVED, REDEEMED, EXPIRED, CANCELLED),
      ASSIGNED, EnumSet.of(ASSIGNED, VALID, PENDING, RESERVED, REDEEMED, EXPIRED, CANCELLED),
      PENDING, EnumSet.of(RESERVED),
      RESERVED, EnumSet.of(REDEEMED, VALID),
      REDEEMED, EnumSet.of(VALID),
      EXPIRED, EnumSet.noneOf(VoucherStatus.class),
      CANCELLED, EnumSet.noneOf(VoucherStatus.class));

  /** V-1: whether the move from this status to {@code target} is one of the allowed moves. */
  public boolean canMoveTo(VoucherStatus target) {
    return MOVES.get(this).contains(target);
  }

  /** V-1: the statuses reachable in one move. */
  public Set<VoucherStatus> allowedTargets() {
    return MOVES.get(this).isEmpty()
        ? Set.of()
        : Set.copyOf(MOVES.get(this));
  }

  /** V-6: PENDING, RESERVED and REDEEMED vouchers are in use. */
  public boolean inUse() {
    return this == PENDING || this == RESERVED || this == REDEEMED;
  }

  /** V-4: only VALID and ASSIGNED vouchers expire. */
  public boolean expires() {
    return this == VALID || this == ASSIGNED;
  }

  /** EXPIRED and CANCELLED are final. */
  public boolean isFinal() {
    return this == EXPIRED || this == CANCELLED;
  }
}
