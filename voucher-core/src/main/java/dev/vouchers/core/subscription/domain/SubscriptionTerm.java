// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The commitment a subscription is bought for (U-1): one month or one year, renewed term by
 * term while auto-renew is on (U-4).
 */
public enum SubscriptionTerm {
  /** One calendar month (Monatlich). */
  MONTHLY,
  /** One calendar year (Jährlich). */
  ANNUAL;

  /**
   * U-4: the end of the {@code terms}-th term of a subscription whose first term began at
   * {@code anchor}, counted in UTC calendar months or years from the anchor, never from the
   * previous end: a subscription started on 31 January ends its terms on 28 (or 29)
   * February, 31 March, 30 April, ...
   *
   * @param anchor when the first term began (billing start)
   * @param terms how many terms, at least 1
   */
  public Instant end(Instant anchor, int terms) {
    if (terms < 1) {
      throw new IllegalArgumentException("at least one term, got " + terms);
    }
    return switch (this) {
      case MONTHLY -> anchor.atZone(ZoneOffset.UTC).plusMonths(terms).toInstant();
      case ANNUAL -> anchor.atZone(ZoneOffset.UTC).plusYears(terms).toInstant();
    };
  }
}
