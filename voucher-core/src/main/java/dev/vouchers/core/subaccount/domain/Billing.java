// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

/** I-3: who pays for what a sub-account orders. */
public enum Billing {
  /** The sub-account is billed itself ("Abrechnen mit Unterkonto"): the default after I-3. */
  SELF,
  /** The parent partner is billed. */
  PARTNER
}
