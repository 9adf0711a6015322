// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.SubAccountsContract;
import dev.vouchers.testkit.contract.InvitationStorage;

/** The in-memory store passes the SubAccounts contract (I-1..I-3). */
class InMemorySubAccountsContractTest extends SubAccountsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationStorage.of(new InMemoryStore());
  }
}
