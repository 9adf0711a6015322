// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-5: delivers the event outbox. Each {@link #relayOnce()} claims a batch of due events (at
 * most one per aggregate: the outbox holds an aggregate's later events back until its earlier
 * ones are delivered), hands each to the {@link EventDelivery} and marks it delivered, or failed
 * with a retry time from the {@link Outbox.Backoff}, or parked (a
 * {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}, or its last allowed
 * attempt failed). The same loop as the e-mail relays ({@link RelayLoop}); it depends on the
 * outbox, the delivery and a clock only, not on the programme. Plain Java: call it from any
 * scheduler, in as many processes as you like (a claim is a lease).
 *
 * <pre>{@code
 * EventRelay relay = new EventRelay(storage.eventOutbox(), webhook, clock,
 *     Outbox.Backoff.standard(), Duration.ofMinutes(5), 100, 10);
 * scheduler.scheduleWithFixedDelay(relay::relayOnce, 0, 5, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>Delivery is at least once: a relay that dies between the delivery and the mark, or whose
 * lease ran out, leaves the event to be delivered again, with the same id.
 */
public final class EventRelay {
  private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

  private final EventOutbox outbox;
  private final Clock clock;
  private final Duration lease;
  private final int batchSize;
  private final RelayLoop<EventEntry> loop;

  /**
   * A relay.
   *
   * @param outbox the event outbox
   * @param delivery what delivers an event
   * @param clock the programme's clock
   * @param backoff when a failed event is tried again
   * @param lease how long a claim is this relay's, positive (longer than a batch takes)
   * @param batchSize how many events one run claims, positive
   * @param maxAttempts how many attempts an event gets before it is parked, positive
   */
  public EventRelay(EventOutbox outbox, EventDelivery delivery, Clock clock,
      Outbox.Backoff backoff, Duration lease, int batchSize, int maxAttempts) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(delivery, "delivery");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lease = RelayLoop.positiveLease(lease);
    this.batchSize = RelayLoop.positiveBatch(batchSize);
    this.loop = new RelayLoop<>(new RelayLoop.Messages<>() {
      @Override
      public MessageId id(EventEntry entry) {
        return MessageId.of(entry.event().id().toString());
      }

      @Override
      public int attempts(EventEntry entry) {
        return entry.attempts();
      }

      @Override
      public boolean current(EventEntry entry) {
        return true; // an event is never overtaken: every change is delivered
      }

      @Override
      public URI link(EventEntry entry) {
        return URI.create("urn:uuid:" + entry.event().id()); // an event carries no link
      }

      @Override
      public void deliver(EventEntry entry, URI link) throws Exception {
        delivery.deliver(entry.event());
      }

      @Override
      public boolean delivered(EventEntry entry, Instant at) {
        return outbox.delivered(entry, at);
      }

      @Override
      public boolean dropped(EventEntry entry, Instant at) {
        throw new IllegalStateException("events are never dropped");
      }

      @Override
      public boolean failed(EventEntry entry, Instant retryAt, String error) {
        return outbox.failed(entry, retryAt, error);
      }

      @Override
      public boolean parked(EventEntry entry, Instant at, String error) {
        return outbox.parked(entry, at, error);
      }
    }, Objects.requireNonNull(backoff, "backoff"), maxAttempts, clock, LOG, "event",
        "<event>");
  }

  /**
   * Claims one batch and delivers it, one event after the other. An event that fails does not
   * stop the others; only a failure of the outbox itself (storage) is thrown.
   *
   * @return what the run did ({@link RelayRun#dropped()} is always 0)
   */
  public RelayRun relayOnce() {
    return loop.deliver(outbox.claim(batchSize, clock.instant(), lease));
  }

  /**
   * Runs batches until one claims nothing or {@code maxBatches} ran (for tests and a drain at
   * shutdown).
   *
   * @return how many events were delivered
   */
  public int drain(int maxBatches) {
    int delivered = 0;
    for (int i = 0; i < maxBatches; i++) {
      RelayRun run = relayOnce();
      delivered += run.delivered();
      if (run.claimed() == 0) {
        break;
      }
    }
    return delivered;
  }
}
