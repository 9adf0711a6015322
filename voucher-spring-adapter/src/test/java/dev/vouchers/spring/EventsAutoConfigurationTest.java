// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.spring.shop.RecordedEvents;
import dev.vouchers.spring.shop.TestShop;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.webhooks.WebhookDelivery;
import dev.vouchers.webhooks.WebhookSignature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * M-5 in a Spring Boot shop: the events are written with every change; with
 * {@code vouchers.events.enabled=true} the relay posts them as signed webhooks to
 * {@code vouchers.events.url} (here a real HTTP server), or hands them to the shop's own
 * {@link EventDelivery}; a missing URL fails the startup with the property's name.
 */
class EventsAutoConfigurationTest {
  private static final String SECRET = "spring-webhook-secret";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
      .withPropertyValues(TestShop.properties().toArray(String[]::new))
      .withPropertyValues("vouchers.outbox.relay-enabled=false",
          "vouchers.sweeps.expiry-enabled=false", "vouchers.events.poll-interval=50ms")
      .withBean(Clock.class, () -> clock)
      .withBean(RecordedEvents.class);

  @Test
  void byDefaultTheEventsAreWrittenWithEveryChangeAndNotRelayed_M5() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(EventOutbox.class)
          .hasSingleBean(ListParkedEvents.class).hasSingleBean(RetryParkedEvent.class)
          .doesNotHaveBean(EventScheduler.class).doesNotHaveBean(EventDelivery.class);
      assertThat(context.getBean(EventOutbox.class))
          .isSameAs(context.getBean(JdbcStorage.class).eventOutbox());
      new TestShop(context).seed().order(2);
      assertThat(context.getBean(EventOutbox.class).backlog()).isEqualTo(1);
    });
  }

  @Test
  void enabledTheRelayPostsSignedWebhooksToTheUrl_M5() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    WebhookSignature signature = WebhookSignature.of(SECRET);
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      boolean valid = signature.verify(exchange.getRequestHeaders()
          .getFirst(WebhookSignature.HEADER), body, clock.instant());
      if (valid) {
        received.add(new String(body, StandardCharsets.UTF_8));
      }
      exchange.sendResponseHeaders(valid ? 204 : 400, -1);
      exchange.close();
    });
    server.start();
    try {
      runner.withPropertyValues("vouchers.events.enabled=true",
          "vouchers.events.url=http://127.0.0.1:" + server.getAddress().getPort() + "/hooks",
          "vouchers.events.secret=" + SECRET).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EventScheduler.class);
            assertThat(context.getBean(EventDelivery.class)).isInstanceOf(WebhookDelivery.class);
            new TestShop(context).seed().order(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
            assertThat(received).singleElement().asString()
                .contains("\"type\":\"" + NewEvent.ORDER_PLACED + "\"");
            await().atMost(Duration.ofSeconds(30))
                .until(() -> context.getBean(EventOutbox.class).backlog() == 0);
          });
    } finally {
      server.stop(0);
    }
  }

  @Test
  void enabledWithoutAUrlOrSecretTheStartupFailsNamingTheProperties_M5() {
    runner.withPropertyValues("vouchers.events.enabled=true").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("vouchers.events.url")
            .hasMessageContaining("vouchers.events.secret"));
  }

  @Test
  void aShopsOwnEventDeliveryIsUsedWithoutAUrl_M5() {
    List<Event> delivered = new CopyOnWriteArrayList<>();
    runner.withPropertyValues("vouchers.events.enabled=true")
        .withBean(EventDelivery.class, () -> delivered::add)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(EventScheduler.class);
          new TestShop(context).seed().order(1);
          await().atMost(Duration.ofSeconds(30)).until(() -> !delivered.isEmpty());
          assertThat(delivered).extracting(Event::type).containsExactly(NewEvent.ORDER_PLACED);
        });
  }
}
