// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

/**
 * How often a subscription is billed (U-1). An annual term may be billed monthly or once a
 * year; a monthly term only monthly ({@link #fits(SubscriptionTerm)}).
 */
public enum BillingFrequency {
  /** Billed every month. */
  MONTHLY,
  /** Billed once per year. */
  ANNUAL;

  /** U-1: whether a term may be billed this often: a year can be paid in twelve parts, a month not once a year. */
  public boolean fits(SubscriptionTerm term) {
    return this == MONTHLY || term == SubscriptionTerm.ANNUAL;
  }
}
