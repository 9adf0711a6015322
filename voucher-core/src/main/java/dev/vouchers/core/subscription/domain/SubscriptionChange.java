// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

/**
 * What a subscription history entry records (U-2): a status move or a change that leaves the
 * status as it is (quantity, auto-renew, billing frequency, nickname, indirect reseller, a
 * renewal).
 */
public enum SubscriptionChange {
  /** U-1: bought (PENDING_ACTIVATION to PENDING_ACTIVATION: the first entry). */
  PURCHASED,
  /** U-2: the publisher confirmed licences and account setup; billing starts. */
  ACTIVATED,
  /** U-3: the number of licences changed. */
  QUANTITY_CHANGED,
  /** U-4: auto-renew was switched on or off. */
  AUTO_RENEW_SWITCHED,
  /** U-5: the billing frequency changed. */
  BILLING_FREQUENCY_CHANGED,
  /** The nickname was set, changed or removed. */
  NICKNAME_CHANGED,
  /** U-1: the indirect reseller was set, changed or removed. */
  INDIRECT_RESELLER_CHANGED,
  /** U-2: suspended (ACTIVE to SUSPENDED). */
  SUSPENDED,
  /** U-2: reactivated (SUSPENDED to ACTIVE). */
  REACTIVATED,
  /** U-3: cancelled inside the cancellation window. */
  CANCELLED,
  /** U-4: a term ended with auto-renew on; a new term and a new cancellation window began. */
  RENEWED,
  /** U-4: a term ended with auto-renew off. */
  EXPIRED;

  /** Whether this kind of entry moves the status; the others keep it. */
  public boolean movesStatus() {
    return this == ACTIVATED || this == SUSPENDED || this == REACTIVATED || this == CANCELLED
        || this == EXPIRED;
  }

  /**
   * U-2: whether an entry of this kind may go from {@code from} to {@code to}: a status move is
   * one of the allowed moves into the status it names (ACTIVATED only from PENDING_ACTIVATION,
   * REACTIVATED only from SUSPENDED); every other change keeps the status.
   */
  public boolean fits(SubscriptionStatus from, SubscriptionStatus to) {
    return switch (this) {
      case ACTIVATED -> from == SubscriptionStatus.PENDING_ACTIVATION
          && to == SubscriptionStatus.ACTIVE;
      case REACTIVATED -> from == SubscriptionStatus.SUSPENDED && to == SubscriptionStatus.ACTIVE;
      case SUSPENDED -> from.canMoveTo(to) && to == SubscriptionStatus.SUSPENDED;
      case CANCELLED -> from.canMoveTo(to) && to == SubscriptionStatus.CANCELLED;
      case EXPIRED -> from.canMoveTo(to) && to == SubscriptionStatus.EXPIRED;
      default -> from == to;
    };
  }
}
