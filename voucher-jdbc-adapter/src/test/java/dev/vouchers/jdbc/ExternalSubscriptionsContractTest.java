// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.SubscriptionsContract;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/**
 * The JDBC adapter passes the Subscriptions contract on the external database named by
 * {@code VOUCHERS_TEST_JDBC_URL}; skipped when it is not set ({@link ExternalDatabase}).
 */
class ExternalSubscriptionsContractTest extends SubscriptionsContract {
  @Override
  protected SubscriptionStorage newStorage() {
    return SubscriptionDatabases.newStorage(TestDatabase.EXTERNAL);
  }
}
