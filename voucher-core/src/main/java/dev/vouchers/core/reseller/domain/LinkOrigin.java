// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

/** how a customer came to be linked to its reseller. */
public enum LinkOrigin {
  /** The customer chose the reseller when signing up (made by the shop's sign-up service). */
  SIGN_UP,
  /** The reseller moved an existing customer into its console. */
  TRANSFER,
  /** Vendor support made the link afterwards (or moved the customer to another reseller). */
  SUPPORT
}
