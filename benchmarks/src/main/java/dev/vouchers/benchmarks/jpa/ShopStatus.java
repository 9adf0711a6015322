// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

/** The statuses the shop's vouchers take (the ones its redemption needs). */
public enum ShopStatus {
  /** Issued, not used. */
  VALID,
  /** Sent to a recipient. */
  ASSIGNED,
  /** Reserved by a certificate request. */
  RESERVED,
  /** Redeemed. */
  REDEEMED,
  /** Expired. */
  EXPIRED,
  /** Cancelled with its order. */
  CANCELLED;

  /** Whether a voucher in this status may be redeemed (before its expiry). */
  boolean redeemable() {
    return this == VALID || this == ASSIGNED || this == RESERVED;
  }
}
