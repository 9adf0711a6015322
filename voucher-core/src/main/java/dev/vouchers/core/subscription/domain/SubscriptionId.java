// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Ids;

/**
 * A subscription bought for a customer (U-1).
 *
 * @param value 1..64 non-blank characters
 */
public record SubscriptionId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public SubscriptionId {
    Ids.require(value, "SubscriptionId");
  }

  /** Convenience factory. */
  public static SubscriptionId of(String value) {
    return new SubscriptionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
