// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.testkit.contract.Storage;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;

/** The webhook kill test over the JDBC event outbox on H2 (M-5). */
class H2WebhookKillTest extends WebhookKillScenario {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private @Nullable JdbcStorage jdbc;

  @Override
  protected Storage newStorage() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:webhooks_" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1");
    JdbcSchema.initialize(dataSource);
    JdbcStorage fresh = JdbcStorage.builder(dataSource).build();
    jdbc = fresh;
    return new Storage(fresh.vouchers(), fresh.partners(), fresh.catalog(), fresh.mandates(),
        fresh.outbox());
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
