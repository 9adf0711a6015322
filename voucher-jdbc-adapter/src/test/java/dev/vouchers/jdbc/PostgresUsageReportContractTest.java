// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.contract.UsageReportContract;

/** The usage report over the JDBC adapter on PostgreSQL (M-6). */
class PostgresUsageReportContractTest extends UsageReportContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.POSTGRES.newStorage();
  }
}
