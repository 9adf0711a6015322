// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.contract.UsageReportContract;

/** The usage report over the in-memory store (M-6). */
class InMemoryUsageReportContractTest extends UsageReportContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
