// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.application.EventRelay;
import dev.vouchers.core.messaging.application.EventRetention;
import dev.vouchers.core.messaging.application.ParkedEvents;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.webhooks.WebhookDelivery;
import dev.vouchers.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * M-5, durable events, in a Spring Boot shop, imported by {@link VouchersAutoConfiguration}:
 * the event outbox of the JDBC storage (written with every change), the parked-event use cases
 * ({@code ListParkedEvents}, {@code RetryParkedEvent}) as a bean, and with
 * {@code vouchers.events.enabled=true} the relay on a thread of its own, delivering to the
 * shop's {@link EventDelivery} bean or else as signed webhooks to {@code vouchers.events.url};
 * and, unless {@code vouchers.events.retention.enabled=false}, the retention sweep that deletes
 * delivered events older than {@code vouchers.events.retention.period} (ADR 0057). Every bean
 * backs off when the shop defines its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EventOutbox vouchersEventOutbox(JdbcStorage storage) {
    return storage.eventOutbox();
  }

  /** {@code ListParkedEvents} and {@code RetryParkedEvent} (vendor staff, the operator). */
  @Bean
  @ConditionalOnMissingBean
  ParkedEvents vouchersParkedEvents(EventOutbox outbox, Clock clock) {
    return new ParkedEvents(outbox, clock);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "vouchers.events.enabled")
  EventScheduler vouchersEventScheduler(EventOutbox outbox,
      ObjectProvider<EventDelivery> deliveries, EventsProperties properties, Clock clock) {
    EventDelivery delivery = deliveries.getIfAvailable();
    VouchersPropertiesException.throwIfAny(properties.problems(false));
    if (delivery == null) {
      VouchersPropertiesException.throwIfAny(List.of("vouchers.events.enabled=true needs"
          + " vouchers.events.url and voucher-webhooks on the class path, or an EventDelivery"
          + " bean"));
    }
    EventRelay relay = new EventRelay(outbox, Objects.requireNonNull(delivery), clock,
        new Outbox.Backoff(properties.retryFirst(), properties.retryMax()), properties.lease(),
        properties.batchSize(), properties.maxAttempts());
    return new EventScheduler(relay, properties);
  }

  /**
   * ADR 0057: the retention sweep of delivered events, on unless
   * {@code vouchers.events.retention.enabled=false}; malformed properties fail the startup.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "vouchers.events.retention.enabled", matchIfMissing = true)
  EventRetentionScheduler vouchersEventRetentionScheduler(EventOutbox outbox,
      EventsProperties properties, Clock clock) {
    EventsProperties.Retention retention = properties.retention();
    VouchersPropertiesException.throwIfAny(retention.problems());
    return new EventRetentionScheduler(new EventRetention(outbox, clock, retention.period(),
        retention.batchSize()), retention);
  }

  /** Signed webhooks to {@code vouchers.events.url}, unless the shop has its own delivery. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(WebhookDelivery.class)
  @ConditionalOnBooleanProperty(name = "vouchers.events.enabled")
  static class WebhookConfiguration {
    @Bean
    @ConditionalOnMissingBean(EventDelivery.class)
    EventDelivery vouchersWebhookDelivery(EventsProperties properties, Clock clock) {
      VouchersPropertiesException.throwIfAny(properties.problems(true));
      return new WebhookDelivery(Objects.requireNonNull(properties.url()),
          new WebhookSignature(Objects.requireNonNull(properties.secret())
              .getBytes(StandardCharsets.UTF_8), WebhookSignature.DEFAULT_TOLERANCE),
          clock, properties.timeout());
    }
  }
}
