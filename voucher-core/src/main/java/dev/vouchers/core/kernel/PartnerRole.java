// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/** The role of a partner's user (Actors and roles). */
public enum PartnerRole {
  /** The partner's global admin. */
  ADMIN,
  /** An admin agent: manages everything of the partner but the account itself. */
  ADMIN_AGENT,
  /** A sales agent: orders and distributes, may not change existing subscriptions (U-5). */
  SALES_AGENT
}
