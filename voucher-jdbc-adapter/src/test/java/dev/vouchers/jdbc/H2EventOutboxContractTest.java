// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.testkit.contract.EventOutboxContract;
import dev.vouchers.testkit.contract.Storage;
import org.jspecify.annotations.Nullable;

/** Durable events over the JDBC adapter on H2 (M-5). */
class H2EventOutboxContractTest extends EventOutboxContract {
  private @Nullable JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    JdbcStorage fresh = TestDatabase.H2.newJdbcStorage();
    jdbc = fresh;
    return TestDatabase.storageOf(fresh);
  }

  @Override
  protected EventOutbox events() {
    JdbcStorage current = jdbc;
    if (current == null) {
      throw new IllegalStateException("no storage yet");
    }
    return current.eventOutbox();
  }
}
