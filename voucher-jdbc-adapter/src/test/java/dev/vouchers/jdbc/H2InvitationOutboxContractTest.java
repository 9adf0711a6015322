// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationOutboxContract;
import dev.vouchers.testkit.contract.InvitationStorage;

/** The JDBC adapter passes the invitation outbox contract on H2. */
class H2InvitationOutboxContractTest extends InvitationOutboxContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.H2);
  }
}
