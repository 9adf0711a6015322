// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * S-2: the shop process stops right after the commit of a sent link, before any relay ran; a
 * new process on the same database delivers the e-mail, exactly once.
 */
class DeliveryAfterRestartTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void an_e_mail_committed_before_a_stop_is_delivered_once_after_the_restart_S2(
      TestDatabases database) throws Exception {
    String url = database.freshUrl();
    Clock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    PlacedOrder order;
    try (ConfigurableApplicationContext first = Instances.start(url, clock,
        "vouchers.outbox.relay-enabled=false")) {
      TestShop shop = new TestShop(first).seed();
      order = shop.order(1);
      shop.send(order, 0, "kunde@example.ch");
    } // the process stops: the message is committed, nothing was sent
    assertThat(MAIL.getReceivedMessages()).isEmpty();

    try (ConfigurableApplicationContext second = Instances.start(url, clock)) {
      await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length >= 1);
      Thread.sleep(ShopScenarios.QUIET.toMillis());
      assertThat(MAIL.getReceivedMessages()).hasSize(1);
      assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString())
          .isEqualTo("kunde@example.ch");
      Outbox<ActivationMessage> outbox =
          VouchersAutoConfigurationTest.activationBean(second, Outbox.class);
      assertThat(outbox.backlog()).isZero();
    }
  }
}
