// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.SubscriptionsContract;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The JDBC adapter passes the Subscriptions contract on H2. */
class H2SubscriptionsContractTest extends SubscriptionsContract {
  @Override
  protected SubscriptionStorage newStorage() {
    return SubscriptionDatabases.newStorage(TestDatabase.H2);
  }
}
