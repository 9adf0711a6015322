// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.InvitationsContract;

/** The JDBC adapter passes the Invitations contract on H2. */
class H2InvitationsContractTest extends InvitationsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.H2);
  }
}
