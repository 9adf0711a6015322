// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
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

  /** V-1: the allowed moves, the union of the named moves ({@link Transition}), built once. */
  private static final class Moves {
    static final Map<VoucherStatus, Set<VoucherStatus>> TARGETS = targets();

    private static Map<VoucherStatus, Set<VoucherStatus>> targets() {
      Map<VoucherStatus, Set<VoucherStatus>> targets = new EnumMap<>(VoucherStatus.class);
      for (VoucherStatus status : values()) {
        targets.put(status, EnumSet.noneOf(VoucherStatus.class));
      }
      for (Transition transition : Transition.values()) {
        for (VoucherStatus source : transition.from()) {
          targets.get(source).add(transition.to());
        }
      }
      targets.replaceAll((status, to) -> Collections.unmodifiableSet(to));
      return Collections.unmodifiableMap(targets);
    }
  }

  /** V-1: whether the move from this status to {@code target} is one of the allowed moves. */
  public boolean canMoveTo(VoucherStatus target) {
    return Moves.TARGETS.get(this).contains(target);
  }

  /** V-1: the statuses reachable in one move (the targets of the named moves from here). */
  public Set<VoucherStatus> allowedTargets() {
    return Moves.TARGETS.get(this);
  }

  /**
   * V-1: the statuses from which one move reaches {@code target}, read from the move table (a
   * store's SQL takes its status lists from here, never from literals).
   */
  public static Set<VoucherStatus> sourcesOf(VoucherStatus target) {
    Set<VoucherStatus> sources = EnumSet.noneOf(VoucherStatus.class);
    for (Transition transition : Transition.values()) {
      if (transition.to() == target) {
        sources.addAll(transition.from());
      }
    }
    return Collections.unmodifiableSet(sources);
  }

  /** V-6: PENDING, RESERVED and REDEEMED vouchers are in use. */
  public boolean inUse() {
    return this == PENDING || this == RESERVED || this == REDEEMED;
  }

  /** V-4: only VALID and ASSIGNED vouchers expire: the sources of {@link Transition#EXPIRE}. */
  public boolean expires() {
    return Transition.EXPIRE.from().contains(this);
  }

  /**
   * V-4: the status as seen at {@code now} of a voucher stored in this status with this expiry:
   * a VALID or ASSIGNED voucher whose expiry has come is EXPIRED, before any sweep wrote it.
   *
   * @param expiresAt the voucher's expiry
   * @param now the instant it is seen at
   * @return the status seen
   */
  public VoucherStatus seenAt(Instant expiresAt, Instant now) {
    return expires() && !now.isBefore(expiresAt) ? EXPIRED : this;
  }

  /**
   * EXPIRED and CANCELLED are final: no move of the lifecycle leaves them (V-1); only vendor
   * staff's extension of an expiry ({@link Transition#extendsExpiry}, M-2) returns an expired
   * voucher to the status it had. C-5 reads this: a final voucher's code is unusable.
   */
  public boolean isFinal() {
    for (Transition transition : Transition.values()) {
      if (!transition.extendsExpiry() && transition.from().contains(this)) {
        return false;
      }
    }
    return true;
  }
}
