// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ExpiryExtensionContract;
import dev.vouchers.testkit.contract.Storage;

/** Expiry extensions over the JDBC adapter on H2 (M-2). */
class H2ExpiryExtensionContractTest extends ExpiryExtensionContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
