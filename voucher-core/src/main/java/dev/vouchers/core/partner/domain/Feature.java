// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

/** Features a partner manager enables per partner. */
public enum Feature {
  /** The partner may order vouchers (O-1). */
  VOUCHERS,
  /** The partner may buy subscriptions for customers (U-1). */
  SUBSCRIPTIONS,
  /** The partner may invite sub-accounts (I-1). */
  SUB_ACCOUNTS
}
