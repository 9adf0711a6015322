// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * M-5, L-2: the retention sweep of the event outbox (ADR 0057). Each {@link #sweepOnce()}
 * deletes up to a batch of events delivered longer than the retention ago, the cut-off read
 * from the programme's clock; undelivered, claimed, failed and parked events are never deleted,
 * however old, so the order per aggregate of what is still to deliver is untouched. Without it
 * the table grows by every change for ever. Like the {@link EventRelay} it depends on the
 * outbox and a clock only; call it from any scheduler, in as many processes as you like.
 *
 * <pre>{@code
 * EventRetention retention = new EventRetention(storage.eventOutbox(), clock,
 *     Duration.ofDays(7), 1_000);
 * scheduler.scheduleWithFixedDelay(() -> retention.drain(100), 0, 1, TimeUnit.HOURS);
 * }</pre>
 */
public final class EventRetention {
  /** The retention of the Spring adapter and the samples. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  private final EventOutbox outbox;
  private final Clock clock;
  private final Duration retention;
  private final int batchSize;

  /**
   * A sweep.
   *
   * @param outbox the event outbox
   * @param clock the programme's clock
   * @param retention how long a delivered event is kept, not negative (0: removed at the next
   *     sweep after its delivery)
   * @param batchSize the most events one {@link #sweepOnce()} deletes, positive
   */
  public EventRetention(EventOutbox outbox, Clock clock, Duration retention, int batchSize) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (retention.isNegative()) {
      throw new IllegalArgumentException("the retention must not be negative, got " + retention);
    }
    this.batchSize = RelayLoop.positiveBatch(batchSize);
  }

  /** The instant before which delivered events go: now (the clock's) minus the retention. */
  public Instant cutOff() {
    return Instants.plus(Instants.clamp(clock.instant()), retention.negated());
  }

  /**
   * Deletes one batch of events delivered before {@link #cutOff()}.
   *
   * @return how many were deleted (fewer than the batch size: none is left to delete)
   */
  public int sweepOnce() {
    return outbox.removeDelivered(cutOff(), batchSize);
  }

  /**
   * Runs batches until one comes back short or {@code maxBatches} ran.
   *
   * @return how many events were deleted
   */
  public int drain(int maxBatches) {
    int removed = 0;
    for (int i = 0; i < maxBatches; i++) {
      int batch = sweepOnce();
      removed += batch;
      if (batch < batchSize) {
        break;
      }
    }
    return removed;
  }
}
