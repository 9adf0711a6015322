// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OffersContract;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The JDBC adapter passes the Offers contract on H2. */
class H2OffersContractTest extends OffersContract {
  @Override
  protected SubscriptionStorage newStorage() {
    return SubscriptionDatabases.newStorage(TestDatabase.H2);
  }
}
