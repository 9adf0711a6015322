// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

/**
 * M-5: what an event is about. Events of one aggregate (one type and id) are delivered in the
 * order they were written; events of different aggregates in any order.
 */
public enum AggregateType {
  /** An order (placed, cancelled). */
  ORDER,
  /** A voucher (each move of V-1). */
  VOUCHER,
  /** A sub-account invitation (I-1, I-2). */
  INVITATION,
  /** A sub-account (I-3). */
  SUB_ACCOUNT,
  /** A reseller application. */
  RESELLER_APPLICATION,
  /** A reseller's link to a customer. */
  CUSTOMER_LINK,
  /** A subscription (U-1..U-4). */
  SUBSCRIPTION
}
