// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationOutboxContract;
import dev.vouchers.testkit.contract.InvitationStorage;

/**
 * The JDBC adapter passes the invitation outbox contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalInvitationOutboxContractTest extends InvitationOutboxContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationDatabases.fresh(TestDatabase.EXTERNAL);
  }
}
