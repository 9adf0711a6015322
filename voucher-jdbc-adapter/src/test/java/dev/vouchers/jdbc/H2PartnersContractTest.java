// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.PartnersContract;
import dev.vouchers.testkit.contract.Storage;

/** The JDBC adapter passes the Partners contract on H2. */
class H2PartnersContractTest extends PartnersContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
