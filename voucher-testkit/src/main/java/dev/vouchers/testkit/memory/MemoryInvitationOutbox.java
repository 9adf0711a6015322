// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** I-1: the invitation e-mails' outbox in memory, written by the invitations' moves. */
final class MemoryInvitationOutbox implements InvitationOutbox {
  private final MemoryState state;
  private final MessageRows<InvitationMessage> rows;

  MemoryInvitationOutbox(MemoryState state) {
    this.state = state;
    this.rows = state.invitationOutbox;
  }

  @Override
  public List<Entry> claim(int max, Instant now, Duration lease) {
    synchronized (state.lock) {
      return rows.claim(max, now, lease, Entry::new);
    }
  }

  @Override
  public boolean delivered(Entry claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DELIVERED, null);
  }

  @Override
  public boolean dropped(Entry claimed, Instant at) {
    return settle(claimed, at, MessageRows.Outcome.DROPPED, null);
  }

  @Override
  public boolean parked(Entry claimed, Instant at, String error) {
    return settle(claimed, at, MessageRows.Outcome.PARKED, error);
  }

  private boolean settle(Entry claimed, Instant at, MessageRows.Outcome outcome,
      @org.jspecify.annotations.Nullable String error) {
    synchronized (state.lock) {
      return rows.settle(claimed.message(), claimed.attempts(), at, outcome, error);
    }
  }

  @Override
  public boolean failed(Entry claimed, Instant retryAt, String error) {
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
}
