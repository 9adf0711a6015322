// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * V-1: the named moves of a voucher, each with the statuses it moves from and the status it
 * moves to. This table is the only definition of V-1: {@link VoucherStatus}'s allowed moves
 * are its union, every move of {@link AbstractVoucher} takes its sources from here, the
 * expiring statuses of V-4 are the sources of {@link #EXPIRE}, and a store's SQL renders or
 * binds its status lists from here, never from literals.
 */
public enum Transition {
  /** S-2: send (or resend, maybe to another address) the activation link. */
  ASSIGN(VoucherStatus.ASSIGNED, VoucherStatus.VALID, VoucherStatus.ASSIGNED),
  /** The partner withdraws the activation link. */
  WITHDRAW(VoucherStatus.VALID, VoucherStatus.ASSIGNED),
  /** P-2: organisation activation started. */
  START_ORGANISATION_ACTIVATION(VoucherStatus.PENDING, VoucherStatus.VALID,
      VoucherStatus.ASSIGNED),
  /** The certificate request is submitted. */
  RESERVE(VoucherStatus.RESERVED, VoucherStatus.VALID, VoucherStatus.ASSIGNED,
      VoucherStatus.PENDING),
  /** The certificate was obtained or the platform opened with the code. */
  REDEEM(VoucherStatus.REDEEMED, VoucherStatus.VALID, VoucherStatus.ASSIGNED,
      VoucherStatus.RESERVED),
  /** V-5: the certificate was cancelled or revoked within the reissue window. */
  REISSUE(VoucherStatus.VALID, VoucherStatus.RESERVED, VoucherStatus.REDEEMED),
  /** V-4: the expiry has come; its sources are the statuses that expire. */
  EXPIRE(VoucherStatus.EXPIRED, VoucherStatus.VALID, VoucherStatus.ASSIGNED),
  /** V-6: the order is cancelled (never per code). */
  CANCEL(VoucherStatus.CANCELLED, VoucherStatus.VALID, VoucherStatus.ASSIGNED),
  /**
   * M-2: vendor staff extend the expiry of a VALID voucher, or of an expired one that was
   * VALID before it expired: it is (again) VALID until the new expiry.
   */
  EXTEND_VALID(VoucherStatus.VALID, VoucherStatus.VALID, VoucherStatus.EXPIRED),
  /**
   * M-2: vendor staff extend the expiry of an ASSIGNED voucher, or of an expired one that was
   * ASSIGNED before it expired: it is (again) ASSIGNED to its recipient until the new expiry.
   */
  EXTEND_ASSIGNED(VoucherStatus.ASSIGNED, VoucherStatus.ASSIGNED, VoucherStatus.EXPIRED);

  private final VoucherStatus to;
  private final Set<VoucherStatus> from;

  Transition(VoucherStatus to, VoucherStatus first, VoucherStatus... rest) {
    this.to = to;
    this.from = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * M-2: whether this is an extension of the expiry by vendor staff ({@link #EXTEND_VALID},
   * {@link #EXTEND_ASSIGNED}), the only moves that leave EXPIRED. Which of the two a voucher
   * makes is the status it had before it expired ({@link #extensionTo}).
   */
  public boolean extendsExpiry() {
    return this == EXTEND_VALID || this == EXTEND_ASSIGNED;
  }

  /**
   * M-2: the extension that returns a voucher to {@code status} (the status it has, or had
   * before it expired), if there is one: only VALID and ASSIGNED vouchers expire (V-4), so only
   * they are extended.
   */
  public static java.util.Optional<Transition> extensionTo(VoucherStatus status) {
    for (Transition transition : values()) {
      if (transition.extendsExpiry() && transition.to() == status) {
        return java.util.Optional.of(transition);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * M-2: the stored statuses an extension of the expiry starts from, the union of the
   * extensions' sources: a store selects the vouchers of an order to extend by these.
   */
  public static Set<VoucherStatus> extendable() {
    Set<VoucherStatus> extendable = EnumSet.noneOf(VoucherStatus.class);
    for (Transition transition : values()) {
      if (transition.extendsExpiry()) {
        extendable.addAll(transition.from());
      }
    }
    return Collections.unmodifiableSet(extendable);
  }

  /** The statuses this move starts from (in the statuses' order). */
  public Set<VoucherStatus> from() {
    return from;
  }

  /** The status this move ends in. */
  public VoucherStatus to() {
    return to;
  }

  /**
   * V-4: the sources of this move that expire: from these the move also needs the expiry not
   * to have come (a due VALID or ASSIGNED voucher is EXPIRED, {@link VoucherStatus#seenAt}).
   */
  public Set<VoucherStatus> expiringFrom() {
    Set<VoucherStatus> expiring = EnumSet.noneOf(VoucherStatus.class);
    for (VoucherStatus status : from) {
      if (status.expires()) {
        expiring.add(status);
      }
    }
    return Collections.unmodifiableSet(expiring);
  }

  /** The sources of this move that never expire: from these the move needs nothing more. */
  public Set<VoucherStatus> lastingFrom() {
    Set<VoucherStatus> lasting = EnumSet.noneOf(VoucherStatus.class);
    for (VoucherStatus status : from) {
      if (!status.expires()) {
        lasting.add(status);
      }
    }
    return Collections.unmodifiableSet(lasting);
  }

  /**
   * V-1, V-4: whether a voucher stored in {@code stored} with this expiry may make this move at
   * {@code now}: its status as seen then ({@link VoucherStatus#seenAt}) is one of
   * {@link #from()}. This is the decision {@link AbstractVoucher}'s moves make, and a store
   * that decides in SQL writes the same: a status of {@link #lastingFrom()}, or one of
   * {@link #expiringFrom()} whose expiry is after {@code now}. (Not the decision of
   * {@link #EXPIRE}, which is made once the expiry has come: {@link AbstractVoucher#expire};
   * nor quite of the extensions (M-2), whose source EXPIRED is also how a due VALID or
   * ASSIGNED voucher is seen: {@link AbstractVoucher#extendExpiry}.)
   */
  public boolean allows(VoucherStatus stored, Instant expiresAt, Instant now) {
    return from.contains(stored.seenAt(expiresAt, now));
  }
}
