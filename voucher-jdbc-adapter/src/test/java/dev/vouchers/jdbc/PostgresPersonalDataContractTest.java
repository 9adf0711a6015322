// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.PersonalDataContract;
import dev.vouchers.testkit.contract.Storage;

/** Erasure of personal data over the JDBC adapter on PostgreSQL (E-1). */
class PostgresPersonalDataContractTest extends PersonalDataContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
