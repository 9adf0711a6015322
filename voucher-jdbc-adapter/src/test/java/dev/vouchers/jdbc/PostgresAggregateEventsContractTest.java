// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.AggregateEventsContract;
import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.ResellerStorage;
import dev.vouchers.testkit.contract.SubscriptionStorage;

/** The events of the other aggregates' moves over the JDBC adapter on PostgreSQL (M-5). */
class PostgresAggregateEventsContractTest extends AggregateEventsContract {
  @Override
  protected Stores newStores() {
    JdbcStorage jdbc = TestDatabase.POSTGRES.newJdbcStorage();
    return new Stores(new InvitationStorage(jdbc.invitations(), jdbc.subAccounts(),
        jdbc.invitationOutbox()), new ResellerStorage(jdbc.resellerApplications(),
        jdbc.customerLinks()), new SubscriptionStorage(jdbc.subscriptions(), jdbc.offers()),
        jdbc.eventOutbox());
  }
}
