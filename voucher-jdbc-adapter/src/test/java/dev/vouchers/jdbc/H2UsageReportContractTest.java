// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.contract.UsageReportContract;

/** The usage report over the JDBC adapter on H2 (M-6). */
class H2UsageReportContractTest extends UsageReportContract {
  @Override
  protected Storage newStorage() {
    return TestDatabase.H2.newStorage();
  }
}
