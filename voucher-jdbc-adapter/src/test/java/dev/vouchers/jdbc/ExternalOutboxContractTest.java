// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OutboxContract;
import dev.vouchers.testkit.contract.Storage;

/**
 * The JDBC adapter passes the activation outbox contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalOutboxContractTest extends OutboxContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.EXTERNAL.newStorage();
  }
}
