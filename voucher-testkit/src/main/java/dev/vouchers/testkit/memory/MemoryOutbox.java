// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** S-2: the activation e-mails' outbox in memory, written by the vouchers' moves. */
final class MemoryOutbox implements Outbox {
  private final MemoryState state;
  private final MessageRows<ActivationMessage> rows;

  MemoryOutbox(MemoryState state) {
    this.state = state;
    this.rows = state.outbox;
  }

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    synchronized (state.lock) {
      return rows.claim(max, now, lease, OutboxEntry::new);
    }
  }

  @Override
  public boolean delivered(OutboxEntry claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DELIVERED, null);
  }

  @Override
  public boolean dropped(OutboxEntry claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DROPPED, null);
  }

  @Override
  public boolean parked(OutboxEntry claimed, Instant at, String error) {
    return settle(claimed, at, MessageRows.Outcome.PARKED, error);
  }

  private boolean settle(OutboxEntry claimed, Instant at, MessageRows.Outcome outcome,
      @org.jspecify.annotations.Nullable String error) {
    synchronized (state.lock) {
      return rows.settle(claimed.message(), claimed.attempts(), at, outcome, error);
    }
  }

  @Override
  public boolean failed(OutboxEntry claimed, Instant retryAt, String error) {
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
  public Optional<Instant> oldestUndelivered() {
    synchronized (state.lock) {
      return rows.oldestUndelivered();
    }
  }
}
