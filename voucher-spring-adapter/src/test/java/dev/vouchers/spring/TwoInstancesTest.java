// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V-4, S-2: two shop instances on one PostgreSQL run the expiry sweep and the outbox relay at
 * the same time: every due voucher is expired once, every message is sent once, none is missed.
 */
class TwoInstancesTest {
  private static final int VOUCHERS = 120;
  private static final int LINKS = 40;

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  @Test
  void two_instances_expire_every_due_voucher_once_and_send_every_message_once_V4_S2()
      throws Exception {
    String url = TestDatabases.POSTGRES.freshUrl();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    try (ConfigurableApplicationContext setup = Instances.start(url, clock,
        "vouchers.outbox.relay-enabled=false", "vouchers.sweeps.expiry-enabled=false")) {
      TestShop shop = new TestShop(setup).seed();
      shop.order(VOUCHERS); // due for expiry when the instances run
      // G-2: an e-mail whose voucher expired before it went out is dropped, so the links are
      // sent on vouchers of a later order that is not due yet
      clock.advance(Duration.ofDays(200));
      PlacedOrder later = shop.order(LINKS);
      for (int i = 0; i < LINKS; i++) {
        shop.send(later, i, "kunde" + i + "@example.ch");
      }
    }
    // SpringApplication.run is not made for concurrent starts in one JVM: the instances start
    // one after the other while nothing is due yet (the clock stands before the links were
    // sent), and then all work falls due at once for both of them.
    Instant sent = clock.instant();
    clock.set(sent.minus(Duration.ofHours(1)));
    // small batches so that the two instances interleave
    String[] busy = {"vouchers.outbox.batch-size=2", "vouchers.outbox.poll-interval=20ms",
        "vouchers.sweeps.batch-size=3", "vouchers.sweeps.interval=20ms"};
    ConfigurableApplicationContext a = Instances.start(url, clock, busy);
    ConfigurableApplicationContext b = Instances.start(url, clock, busy);
    // the first order's vouchers are due (V-4: one year), the later order's are not
    clock.set(sent.plus(Duration.ofDays(200)));
    try (ConfigurableApplicationContext first = a; ConfigurableApplicationContext second = b) {
      assertThat(first.getBean(VouchersScheduler.class).isRunning()).isTrue();
      assertThat(second.getBean(VouchersScheduler.class).isRunning()).isTrue();
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      await().atMost(Duration.ofSeconds(60)).until(() ->
          count(jdbc, "SELECT COUNT(*) FROM vouchers_vouchers WHERE status = 'EXPIRED'")
              == VOUCHERS && MAIL.getReceivedMessages().length >= LINKS);
      Thread.sleep(ShopScenarios.QUIET.toMillis());

      assertThat(count(jdbc, "SELECT COUNT(*) FROM vouchers_history WHERE to_status = 'EXPIRED'"))
          .as("one EXPIRED history row per voucher").isEqualTo(VOUCHERS);
      assertThat(count(jdbc, "SELECT COUNT(DISTINCT voucher_id) FROM vouchers_history"
          + " WHERE to_status = 'EXPIRED'")).isEqualTo(VOUCHERS);
      MimeMessage[] received = MAIL.getReceivedMessages();
      List<String> ids = new ArrayList<>();
      for (MimeMessage message : received) {
        ids.add(message.getHeader(MailMessageDelivery.MESSAGE_ID_HEADER)[0]);
      }
      assertThat(ids).as("every message once").hasSize(LINKS).doesNotHaveDuplicates();
      assertThat(count(jdbc, "SELECT COUNT(*) FROM vouchers_outbox WHERE delivered_at IS NULL"))
          .isZero();
    }
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }
}
