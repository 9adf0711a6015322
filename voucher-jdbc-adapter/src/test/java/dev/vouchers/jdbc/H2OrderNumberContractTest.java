// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.OrderNumberContract;
import dev.vouchers.testkit.contract.Storage;

/** Order numbers over the JDBC adapter on H2 (M-4). */
class H2OrderNumberContractTest extends OrderNumberContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
