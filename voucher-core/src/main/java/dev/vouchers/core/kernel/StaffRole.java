// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/** The role of the vendor's own staff (Actors and roles). */
public enum StaffRole {
  /** Sets tiers and enables partner features (T-5). */
  PARTNER_MANAGER,
  /** May assign customers to resellers and inspect anything. */
  SUPPORT
}
