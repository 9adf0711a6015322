// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * S-2, I-1: the rows of one e-mail outbox in memory (activation or invitation messages), in the
 * order written: claims with a lease, and the marks a relay makes, each valid only for the
 * latest claim of a row not yet ended. Not thread-safe: the ports call it under
 * {@link MemoryState#lock}.
 *
 * @param <M> the message kind
 */
final class MessageRows<M> {

  /** How a message ended. */
  enum Outcome { DELIVERED, DROPPED, PARKED }

  /** One message and its delivery state. */
  static final class Row<M> {
    /** Replaced by re-keying (G-4) and by erasure (E-1) only. */
    M message;
    int attempts;
    Instant dueAt;
    /** When it ended (delivered, dropped or parked); null while it is still to deliver. */
    @Nullable Instant deliveredAt;
    @Nullable Outcome outcome;
    @Nullable String lastError;

    Row(M message, Instant createdAt) {
      this.message = message;
      this.dueAt = createdAt;
    }

    /**
     * E-1: the row with its message erased, ended (dropped unless it had ended already) and
     * an error text replaced, since it may quote the address.
     */
    void erase(M erased, Instant at, String erasedText) {
      message = erased;
      if (deliveredAt == null) {
        deliveredAt = at;
      }
      if (outcome == null) {
        outcome = Outcome.DROPPED;
      }
      if (lastError != null) {
        lastError = erasedText;
      }
    }
  }

  private final Map<MessageId, Row<M>> rows = new LinkedHashMap<>();
  private final Function<M, MessageId> id;
  private final Function<M, Instant> createdAt;

  MessageRows(Function<M, MessageId> id, Function<M, Instant> createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  void add(M message) {
    rows.put(id.apply(message), new Row<>(message, createdAt.apply(message)));
  }

  /** Every row, in the order written. */
  Collection<Row<M>> rows() {
    return rows.values();
  }

  /** Up to {@code max} due messages, each leased until {@code now + lease}. */
  <E> List<E> claim(int max, Instant now, Duration lease, BiFunction<M, Integer, E> entry) {
    List<E> claimed = new ArrayList<>();
    for (Row<M> row : rows.values()) {
      if (claimed.size() == max) {
        break;
      }
      if (row.deliveredAt == null && !row.dueAt.isAfter(now)) {
        claimed.add(entry.apply(row.message, row.attempts));
        row.attempts++;
        row.dueAt = now.plus(lease);
      }
    }
    return claimed;
  }

  /** Ends the claimed message; false if the claim is no longer the latest or it ended. */
  boolean settle(M claimed, int attempts, Instant at, Outcome outcome, @Nullable String error) {
    Row<M> row = claimedRow(claimed, attempts);
    if (row == null) {
      return false;
    }
    row.deliveredAt = at;
    row.outcome = outcome;
    if (error != null) {
      row.lastError = error;
    }
    return true;
  }

  /** S-2: the claimed message is due again at {@code retryAt}; false as {@link #settle}. */
  boolean failed(M claimed, int attempts, Instant retryAt, String error) {
    Row<M> row = claimedRow(claimed, attempts);
    if (row == null) {
      return false;
    }
    row.dueAt = retryAt;
    row.lastError = error;
    return true;
  }

  /** The row if the entry is its latest claim and it is not delivered yet. */
  private @Nullable Row<M> claimedRow(M claimed, int attempts) {
    Row<M> row = rows.get(id.apply(claimed));
    return row != null && row.deliveredAt == null && row.attempts == attempts + 1 ? row : null;
  }

  long backlog() {
    return rows.values().stream().filter(r -> r.deliveredAt == null).count();
  }

  long parkedCount() {
    return rows.values().stream().filter(r -> r.outcome == Outcome.PARKED).count();
  }

  Optional<Instant> oldestUndelivered() {
    return rows.values().stream().filter(r -> r.deliveredAt == null)
        .map(r -> createdAt.apply(r.message)).min(Comparator.naturalOrder());
  }
}
