// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * S-2, I-1: an outbox in memory, one for every kind of message (activation and invitation
 * e-mails), under the store's lock: claims with a lease and the marks of a relay, over the
 * kind's {@link MessageRows}.
 *
 * @param <M> the message kind
 */
final class MemoryOutbox<M extends OutboxMessage> implements Outbox<M> {
  private final MemoryState state;
  private final MessageRows<M> rows;

  MemoryOutbox(MemoryState state, MessageRows<M> rows) {
    this.state = state;
    this.rows = rows;
  }

  @Override
  public List<Entry<M>> claim(int max, Instant now, Duration lease) {
    synchronized (state.lock) {
      return rows.claim(max, now, lease, Entry::new);
    }
  }

  @Override
  public boolean delivered(Entry<M> claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DELIVERED, null);
  }

  @Override
  public boolean dropped(Entry<M> claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DROPPED, null);
  }

  @Override
  public boolean parked(Entry<M> claimed, Instant at, String error) {
    return settle(claimed, at, MessageRows.Outcome.PARKED, error);
  }

  private boolean settle(Entry<M> claimed, Instant at, MessageRows.Outcome outcome,
      @Nullable String error) {
    synchronized (state.lock) {
      return rows.settle(claimed.message(), claimed.attempts(), at, outcome,
          error);
    }
  }

  @Override
  public boolean failed(Entry<M> claimed, Instant retryAt, String error) {
    synchronized (state.lock) {
      return rows.failed(claimed.message(), claimed.attempts(), retryAt, error);
    }
  }

  @Override
  public long backlog() {
    synchronized (state.lock) {
      return rows.backlog();
    }
  }

  @Override
  public long parkedCount() {
    synchronized (state.lock) {
      return rows.parkedCount();
    }
  }

  @Override
  public java.util.Optional<Instant> oldestUndelivered() {
    synchronized (state.lock) {
      return rows.oldestUndelivered();
    }
  }
}
