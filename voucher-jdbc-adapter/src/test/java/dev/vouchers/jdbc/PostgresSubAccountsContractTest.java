// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.SubAccountsContract;

/** The JDBC adapter passes the SubAccounts contract on PostgreSQL at READ COMMITTED. */
class PostgresSubAccountsContractTest extends SubAccountsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.POSTGRES);
  }
}
