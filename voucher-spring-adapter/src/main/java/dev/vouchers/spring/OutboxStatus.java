// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.port.out.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * S-2: the outbox's backlog and the age of its oldest undelivered message, read at most once
 * per {@link #CACHE} for the metrics and the health contributor.
 */
final class OutboxStatus {
  /** How long one read is reused. */
  static final Duration CACHE = Duration.ofSeconds(5);
  private final Outbox outbox;
  private final Clock clock;
  private Snapshot last = new Snapshot(0, Duration.ZERO, Instant.MIN);

  OutboxStatus(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  synchronized Snapshot read() {
    Instant now = clock.instant();
    if (!last.readAt().isAfter(now) && last.readAt().plus(CACHE).isAfter(now)) {
      return last;
    }
    long backlog = outbox.backlog();
    Duration age = outbox.oldestUndelivered()
        .map(oldest -> oldest.isBefore(now) ? Duration.between(oldest, now) : Duration.ZERO)
        .orElse(Duration.ZERO);
    last = new Snapshot(backlog, age, now);
    return last;
  }

  /**
   * The backlog at one instant.
   *
   * @param backlog undelivered messages
   * @param oldestAge age of the oldest of them (zero when there is none)
   * @param readAt when it was read
   */
  record Snapshot(long backlog, Duration oldestAge, Instant readAt) {}
}
