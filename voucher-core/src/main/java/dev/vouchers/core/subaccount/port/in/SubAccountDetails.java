// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import java.util.List;

/**
 * A sub-account with its history (I-3).
 *
 * @param subAccount the sub-account
 * @param history every change, oldest first (the first is its creation)
 */
public record SubAccountDetails(SubAccount subAccount, List<SubAccountHistoryEntry> history) {
  /** Copies the history. */
  public SubAccountDetails {
    history = List.copyOf(history);
  }
}
