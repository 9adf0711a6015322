// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.VouchersContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Vouchers contract on H2. */
class H2VouchersContractTest extends VouchersContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
