// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * S-2, I-1: what both e-mail outboxes in memory do, under the store's lock: claims with a lease
 * and the marks of a relay, over their {@link MessageRows}. {@link MemoryOutbox} and
 * {@link MemoryInvitationOutbox} only name their entry type.
 *
 * @param <M> the message kind
 * @param <E> the port's claimed entry (the message and its attempts so far)
 */
abstract class MessageOutbox<M, E> {
  private final MemoryState state;
  private final MessageRows<M> rows;
  private final BiFunction<M, Integer, E> entry;
  private final Function<E, M> message;
  private final ToIntFunction<E> attempts;

  MessageOutbox(MemoryState state, MessageRows<M> rows, BiFunction<M, Integer, E> entry,
      Function<E, M> message, ToIntFunction<E> attempts) {
    this.state = state;
    this.rows = rows;
    this.entry = entry;
    this.message = message;
    this.attempts = attempts;
  }

  public List<E> claim(int max, Instant now, Duration lease) {
    synchronized (state.lock) {
      return rows.claim(max, now, lease, entry);
    }
  }

  public boolean delivered(E claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DELIVERED, null);
  }

  public boolean dropped(E claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DROPPED, null);
  }

  public boolean parked(E claimed, Instant at, String error) {
    return settle(claimed, at, MessageRows.Outcome.PARKED, error);
  }

  private boolean settle(E claimed, Instant at, MessageRows.Outcome outcome,
      @Nullable String error) {
    synchronized (state.lock) {
      return rows.settle(message.apply(claimed), attempts.applyAsInt(claimed), at, outcome,
          error);
    }
  }

  public boolean failed(E claimed, Instant retryAt, String error) {
    synchronized (state.lock) {
      return rows.failed(message.apply(claimed), attempts.applyAsInt(claimed), retryAt, error);
    }
  }

  public long backlog() {
    synchronized (state.lock) {
      return rows.backlog();
    }
  }

  public long parkedCount() {
    synchronized (state.lock) {
      return rows.parkedCount();
    }
  }

  /** The oldest message still to deliver (S-2: the outbox's age, for a health check). */
  public java.util.Optional<Instant> oldestUndelivered() {
    synchronized (state.lock) {
      return rows.oldestUndelivered();
    }
  }
}
