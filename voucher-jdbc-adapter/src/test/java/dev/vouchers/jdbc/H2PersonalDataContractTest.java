// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.PersonalDataContract;
import dev.vouchers.testkit.contract.Storage;

/** Erasure of personal data over the JDBC adapter on H2 (E-1). */
class H2PersonalDataContractTest extends PersonalDataContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
