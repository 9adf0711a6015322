// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.InvitationsContract;

/**
 * The JDBC adapter passes the Invitations contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalInvitationsContractTest extends InvitationsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.EXTERNAL);
  }
}
