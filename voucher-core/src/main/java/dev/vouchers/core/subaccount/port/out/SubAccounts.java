// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.out;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import java.util.List;
import java.util.Optional;

/**
 * Storage of sub-accounts (I-3) and their history. Sub-accounts are created by
 * {@link Invitations#accept}; this port reads and changes them. {@code SubAccountsContract}
 * in the testkit pins the behaviour.
 */
public interface SubAccounts {

  /** The sub-account, if stored. */
  Optional<SubAccount> subAccount(SubAccountId id);

  /** A page of a partner's sub-accounts, newest first (created descending, then id ascending). */
  Page<SubAccount> subAccounts(PartnerId partner, PageRequest page);

  /**
   * I-3: applies a change if the stored version is still the one it was read in, appending
   * its history entry in the same atomic step.
   *
   * @return whether it applied; false means a concurrent writer came first
   */
  boolean update(SubAccountChange change);

  /** I-3: a sub-account's history in the order it was written (created first). */
  List<SubAccountHistoryEntry> history(SubAccountId subAccount);
}
