// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

/** An order's status: open, or cancelled as a whole (V-6). */
public enum OrderStatus {
  /** Placed; its vouchers live their own lifecycle. */
  OPEN,
  /** Cancelled: every voucher CANCELLED, the amount paid refunded. */
  CANCELLED
}
