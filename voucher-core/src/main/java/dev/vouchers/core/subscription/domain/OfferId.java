// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Ids;

/**
 * A publisher's marketplace offer a partner can buy subscriptions of (U-1).
 *
 * @param value 1..64 non-blank characters
 */
public record OfferId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public OfferId {
    Ids.require(value, "OfferId");
  }

  /** Convenience factory. */
  public static OfferId of(String value) {
    return new OfferId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
