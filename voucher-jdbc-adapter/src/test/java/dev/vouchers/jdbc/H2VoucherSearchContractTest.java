// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.VoucherSearchContract;
import dev.vouchers.testkit.contract.Storage;

/** Support search over the JDBC adapter on H2 (M-3). */
class H2VoucherSearchContractTest extends VoucherSearchContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
