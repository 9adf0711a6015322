// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.application.EventRetention;
import io.vavr.control.Either;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-5, L-2 (ADR 0057): runs the retention sweep of delivered events on a daemon thread of its
 * own, every {@code vouchers.events.retention.interval}, like {@link EventScheduler} runs the
 * relay: batches until one comes back short, at most 100 per run. Safe with any number of
 * instances (on PostgreSQL a sweep skips the rows another one holds). A run that fails is
 * logged and tried again at the next interval.
 */
final class EventRetentionScheduler extends TickingLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(EventRetentionScheduler.class);

  private final EventRetention retention;
  private final EventsProperties.Retention properties;

  EventRetentionScheduler(EventRetention retention, EventsProperties.Retention properties) {
    super(1, n -> "vouchers-event-retention");
    this.retention = retention;
    this.properties = properties;
  }

  @Override
  List<TickRunner.Task> tasks() {
    return List.of(new TickRunner.Task(this::sweep, properties.interval()));
  }

  /** One tick: deletes batches of old delivered events until none is left. */
  void sweep() {
    TickRunner.drain(LOG, "event retention sweep", properties.interval(),
        properties.batchSize(), () -> Either.right(retention.sweepOnce()));
  }
}
