// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ActivationRelayContract;
import dev.vouchers.testkit.contract.Storage;

/** The activation relay over the JDBC adapter on H2 (S-2, G-2). */
class H2ActivationRelayContractTest extends ActivationRelayContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
