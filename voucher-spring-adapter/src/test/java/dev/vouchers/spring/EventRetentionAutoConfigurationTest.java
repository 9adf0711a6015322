// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.spring.shop.RecordedEvents;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * M-5, L-2 (ADR 0057) in a Spring Boot shop: the retention sweep of delivered events runs by
 * default (7 days), whether or not this instance relays; {@code
 * vouchers.events.retention.enabled=false} turns it off; malformed properties fail the startup
 * with their names; running, it deletes the delivered events older than the period by the
 * shop's clock and keeps the undelivered ones.
 */
class EventRetentionAutoConfigurationTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
      .withPropertyValues(TestShop.properties().toArray(String[]::new))
      .withPropertyValues("vouchers.outbox.relay-enabled=false",
          "vouchers.sweeps.expiry-enabled=false")
      .withBean(Clock.class, () -> clock)
      .withBean(RecordedEvents.class);

  private static long storedEvents(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet count = s.executeQuery("SELECT COUNT(*) FROM vouchers_events")) {
      count.next();
      return count.getLong(1);
    }
  }

  @Test
  void byDefaultDeliveredEventsAreKeptSevenDaysWithoutARelay_M5() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(EventRetentionScheduler.class)
          .doesNotHaveBean(EventScheduler.class);
      EventsProperties.Retention retention = context.getBean(EventsProperties.class)
          .retention();
      assertThat(retention.enabled()).isTrue();
      assertThat(retention.period()).isEqualTo(Duration.ofDays(7));
      assertThat(retention.interval()).isEqualTo(Duration.ofHours(1));
      assertThat(retention.batchSize()).isEqualTo(1000);
    });
  }

  @Test
  void disabledNoSweepRuns_M5() {
    runner.withPropertyValues("vouchers.events.retention.enabled=false").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(EventRetentionScheduler.class)
            .hasSingleBean(EventOutbox.class));
  }

  @Test
  void malformedPropertiesFailTheStartupNamingThem_M5() {
    runner.withPropertyValues("vouchers.events.retention.period=-1d",
        "vouchers.events.retention.interval=0s", "vouchers.events.retention.batch-size=0")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("vouchers.events.retention.period")
            .hasMessageContaining("vouchers.events.retention.interval")
            .hasMessageContaining("vouchers.events.retention.batch-size"));
  }

  @Test
  void theSweepDeletesDeliveredEventsOlderThanThePeriodAndKeepsTheRest_M5() {
    runner.withPropertyValues("vouchers.events.retention.period=1h",
        "vouchers.events.retention.interval=50ms").run(context -> {
          assertThat(context).hasNotFailed();
          EventOutbox outbox = context.getBean(EventOutbox.class);
          DataSource dataSource = context.getBean(DataSource.class);
          TestShop shop = new TestShop(context).seed();
          shop.order(1);
          List<EventEntry> claimed = outbox.claim(10, clock.instant(), Duration.ofMinutes(1));
          assertThat(claimed).hasSize(1);
          assertThat(outbox.delivered(claimed.get(0), clock.instant())).isTrue();
          shop.order(1); // not delivered
          assertThat(storedEvents(dataSource)).isEqualTo(2);

          clock.advance(Duration.ofMinutes(61));

          await().atMost(Duration.ofSeconds(30)).until(() -> storedEvents(dataSource) == 1);
          assertThat(outbox.backlog()).isEqualTo(1);
        });
  }
}
