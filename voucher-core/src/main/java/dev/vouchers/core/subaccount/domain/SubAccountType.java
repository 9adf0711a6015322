// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

/**
 * I-1, I-3: the kind of sub-account, chosen by the partner in the invitation and changed
 * afterwards only by the vendor ("Sobald das Unterkonto erstellt wurde, müssen Sie sich an
 * Ihren Kundenbetreuer wenden, um den Typ zu ändern").
 */
public enum SubAccountType {
  /** A standard sub-account: a customer of the partner that orders for itself. */
  STANDARD,
  /** An enterprise sub-account: a larger organisation with its own users and divisions. */
  ENTERPRISE
}
