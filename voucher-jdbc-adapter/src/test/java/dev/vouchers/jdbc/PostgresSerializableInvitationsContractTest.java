// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.InvitationsContract;

/** The JDBC adapter passes the Invitations contract on PostgreSQL at SERIALIZABLE. */
class PostgresSerializableInvitationsContractTest extends InvitationsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.POSTGRES_SERIALIZABLE);
  }
}
