// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * S-2: Actuator health of the outbox: DOWN when the oldest undelivered activation message is
 * older than {@code vouchers.outbox.health-max-age} (the relay is stuck or the mail server
 * refuses), UP otherwise; the details give the backlog, the age and the parked messages of both
 * outboxes (messages that can never be delivered: staff look at their {@code last_error}).
 */
final class OutboxHealthIndicator implements HealthIndicator {
  private final OutboxStatus status;
  private final Duration maxAge;

  OutboxHealthIndicator(OutboxStatus status, Duration maxAge) {
    this.status = status;
    this.maxAge = maxAge;
  }

  @Override
  public Health health() {
    OutboxStatus.Snapshot snapshot = status.read();
    Health.Builder builder = snapshot.oldestAge().compareTo(maxAge) > 0
        ? Health.down() : Health.up();
    return builder.withDetail("backlog", snapshot.backlog())
        .withDetail("oldestAge", snapshot.oldestAge().toString())
        .withDetail("maxAge", maxAge.toString())
        .withDetail("parked", snapshot.parked())
        .withDetail("parkedInvitations", snapshot.parkedInvitations())
        .build();
  }
}
