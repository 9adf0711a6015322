// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.ResellerStorage;

/** The JDBC adapters of the reseller programme as the testkit's {@link ResellerStorage}. */
final class ResellerTestStorage {
  private ResellerTestStorage() {}

  /** The reseller ports of the storage. */
  static ResellerStorage of(JdbcStorage jdbc) {
    return new ResellerStorage(jdbc.resellerApplications(), jdbc.customerLinks());
  }
}
