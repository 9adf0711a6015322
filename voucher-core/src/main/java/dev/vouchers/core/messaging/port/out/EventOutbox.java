// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * M-5: the delivery side of the event outbox. Events are written by the storage ports in the
 * transaction of the change they record (an order placed or cancelled, each voucher move);
 * a relay claims them, delivers them, and marks them. It works like the e-mail {@link Outbox}
 * (a claim is a lease, marks are fenced by the claim, delivery is at least once) with one
 * more rule: <b>in order per aggregate</b>. An event is claimable only when every earlier event
 * of its aggregate has been delivered; an earlier event that is claimed, failed or parked holds
 * the later ones back. So a claim returns at most one event per aggregate.
 *
 * <p>An event ends delivered, or it is parked (a permanent failure, or its last allowed attempt
 * failed): a parked event is listed by {@link #parked}, holds its aggregate's later events, and
 * can be {@linkplain #retry retried}. Delivered events are kept until
 * {@linkplain #removeDelivered removed} (the {@code EventRetention} sweep).
 */
public interface EventOutbox {

  /**
   * Claims up to {@code max} events due at {@code now} (pending, failed with their retry time
   * come, or claimed with the lease run out) whose aggregate has no earlier undelivered event,
   * oldest first, leasing them for {@code lease}. Two concurrent claims never return the same
   * event.
   */
  List<EventEntry> claim(int max, Instant now, Duration lease);

  /**
   * Marks a claimed event delivered; never claimed again. Fenced by the claim.
   *
   * @return whether the mark applied (false: the claim is no longer this relay's)
   */
  boolean delivered(EventEntry claimed, Instant at);

  /**
   * Marks a claimed event failed; claimable again at {@code retryAt}. Fenced by the claim.
   *
   * @return whether the mark applied
   */
  boolean failed(EventEntry claimed, Instant retryAt, String error);

  /**
   * Parks a claimed event that can never be delivered, keeping the error. Fenced by the claim.
   *
   * @return whether the mark applied
   */
  boolean parked(EventEntry claimed, Instant at, String error);

  /**
   * The parked events, oldest first, keyset-paged by sequence.
   *
   * @param after the sequence of the last event of the previous page, or empty for the first
   * @param limit the most to return, positive
   */
  List<ParkedEvent> parked(Optional<Long> after, int limit);

  /**
   * Makes a parked event due again at {@code now} with its attempts reset.
   *
   * @return whether it was parked (false: unknown, or not parked)
   */
  boolean retry(EventId id, Instant now);

  /** How many events are still to deliver (neither delivered nor parked). */
  long backlog();

  /**
   * M-5, retention (ADR 0057): deletes up to {@code max} events delivered before
   * {@code deliveredBefore} (strictly), the earliest delivered first. Never an event that is not
   * delivered: pending, claimed, failed and parked events stay however old, so what is still to
   * deliver keeps its order per aggregate (only undelivered events hold an aggregate back).
   * Bounded: one call touches at most {@code max} events, found through an index on the
   * delivery time, whatever the size of the table. Concurrent calls are safe (each event is
   * deleted once; a database adapter may skip events another call holds).
   *
   * @param deliveredBefore events delivered before this instant go
   * @param max the most to delete, positive
   * @return how many were deleted
   */
  int removeDelivered(Instant deliveredBefore, int max);

  /**
   * A claimed event with its delivery attempts so far.
   *
   * @param event the event
   * @param attempts earlier claims of it (0 on the first delivery); names this claim for the
   *     fenced marks
   */
  record EventEntry(Event event, int attempts) {}

  /**
   * A parked event as staff see it.
   *
   * @param event the event
   * @param attempts how many times it was tried
   * @param parkedAt when it was parked
   * @param error the last error (no secrets: the delivery keeps them out)
   */
  record ParkedEvent(Event event, int attempts, Instant parkedAt, String error) {}
}
