// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.application.EventRelay;
import io.vavr.control.Either;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-5: runs the event relay on a daemon thread of its own, like {@link VouchersScheduler} runs
 * the e-mail relay, and as safely on several instances: a claim is a lease taken with
 * {@code FOR UPDATE SKIP LOCKED}, and an aggregate's later events wait for its earlier ones. A
 * run that fails is logged and tried again at the next interval.
 */
final class EventScheduler extends TickingLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(EventScheduler.class);

  private final EventRelay relay;
  private final EventsProperties properties;

  EventScheduler(EventRelay relay, EventsProperties properties) {
    super(1, n -> "vouchers-events");
    this.relay = relay;
    this.properties = properties;
  }

  @Override
  List<TickRunner.Task> tasks() {
    return List.of(new TickRunner.Task(this::relay, properties.pollInterval()));
  }

  /** One tick: claims and delivers batches until nothing is due. */
  void relay() {
    TickRunner.drain(LOG, "event relay", properties.pollInterval(), properties.batchSize(),
        () -> Either.right(relay.relayOnce().claimed()));
  }
}
