// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.SubscriptionStorage;

/**
 * The subscription ports (U-1..U-5) of a fresh {@link JdbcStorage} on a test database, for the
 * testkit's {@code SubscriptionsContract} and {@code OffersContract}.
 */
final class SubscriptionDatabases {
  private SubscriptionDatabases() {}

  /** A fresh, empty subscription storage on the database. */
  static SubscriptionStorage newStorage(TestDatabase database) {
    return of(database.newJdbcStorage());
  }

  /** The adapters as the testkit's {@link SubscriptionStorage}. */
  static SubscriptionStorage of(JdbcStorage jdbc) {
    return new SubscriptionStorage(jdbc.subscriptions(), jdbc.offers());
  }
}
