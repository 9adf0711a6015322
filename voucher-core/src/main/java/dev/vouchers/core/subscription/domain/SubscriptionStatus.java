// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A subscription's status (U-2), with the vendor's words in brackets. */
public enum SubscriptionStatus {
  /** Bought; the publisher has not yet confirmed licences and account setup (Aktion erforderlich). */
  PENDING_ACTIVATION,
  /** Confirmed by the publisher; billed (Aktiv). */
  ACTIVE,
  /** Temporarily switched off; may be reactivated (Angehalten). */
  SUSPENDED,
  /** Cancelled inside a cancellation window (Gekündigt). */
  CANCELLED,
  /** Its term ended without renewal (Abgelaufen). */
  EXPIRED;

  private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> MOVES = Map.of(
      PENDING_ACTIVATION, EnumSet.of(ACTIVE),
      ACTIVE, EnumSet.of(SUSPENDED, CANCELLED, EXPIRED),
      SUSPENDED, EnumSet.of(ACTIVE, CANCELLED, EXPIRED),
      CANCELLED, EnumSet.noneOf(SubscriptionStatus.class),
      EXPIRED, EnumSet.noneOf(SubscriptionStatus.class));

  /**
   * U-2: whether the move from this status to {@code target} is allowed: PENDING_ACTIVATION to
   * ACTIVE (the publisher confirms); ACTIVE to SUSPENDED and back; ACTIVE or SUSPENDED to
   * CANCELLED (U-3) or to EXPIRED (U-4: the term ended without auto-renew).
   */
  public boolean canMoveTo(SubscriptionStatus target) {
    return MOVES.get(this).contains(target);
  }

  /** U-2: the statuses reachable in one move. */
  public Set<SubscriptionStatus> allowedTargets() {
    return MOVES.get(this).isEmpty() ? Set.of() : Set.copyOf(MOVES.get(this));
  }

  /** U-4: ACTIVE and SUSPENDED subscriptions run through terms, which end and renew or expire. */
  public boolean runsTerms() {
    return this == ACTIVE || this == SUSPENDED;
  }

  /** CANCELLED and EXPIRED are final. */
  public boolean isFinal() {
    return this == CANCELLED || this == EXPIRED;
  }
}
