// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.SubAccountsContract;

/** The JDBC adapter passes the SubAccounts contract on H2. */
class H2SubAccountsContractTest extends SubAccountsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.H2);
  }
}
