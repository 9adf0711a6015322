// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ActivationLinkContract;
import dev.vouchers.testkit.contract.Storage;

/** Activation links that die (G-2) over the JDBC adapter on H2. */
class H2ActivationLinkContractTest extends ActivationLinkContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
