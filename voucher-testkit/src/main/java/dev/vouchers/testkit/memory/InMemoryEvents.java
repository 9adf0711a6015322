// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.EventId;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * M-5: the event outbox in memory. {@link InMemoryStore} appends an event under its own lock
 * in the same step as the change it records (so a change and its events are one atomic step,
 * as a database transaction makes them); the relay's side takes this object's lock. The lock
 * order is always store, then events.
 */
public final class InMemoryEvents implements EventOutbox {
  private final Map<EventId, Row> rows = new LinkedHashMap<>();
  private long sequence;

  private static final class Row {
    final Event event;
    int attempts;
    Instant dueAt;
    @Nullable Instant deliveredAt;
    @Nullable Instant parkedAt;
    @Nullable String lastError;

    Row(Event event) {
      this.event = event;
      this.dueAt = event.occurredAt();
    }

    boolean open() {
      return deliveredAt == null;
    }
  }

  /** Writes an event; called by the store inside the step of the change. */
  synchronized void append(NewEvent event) {
    Event stored = new Event(new EventId(UUID.randomUUID()), ++sequence,
        event.aggregateType(), event.aggregateId(), event.type(), event.occurredAt(),
        event.body());
    rows.put(stored.id(), new Row(stored));
  }

  /** Every event written so far, in order (for tests). */
  public synchronized List<Event> all() {
    return rows.values().stream().map(r -> r.event).toList();
  }

  @Override
  public synchronized List<EventEntry> claim(int max, Instant now, Duration lease) {
    if (max < 1) {
      throw new IllegalArgumentException("claim at least one event, not " + max);
    }
    List<EventEntry> claimed = new ArrayList<>();
    Set<String> held = new HashSet<>(); // aggregates with an earlier undelivered event
    for (Row row : rows.values()) {
      if (claimed.size() == max) {
        break;
      }
      if (!row.open()) {
        continue;
      }
      String aggregate = row.event.aggregateType() + "/" + row.event.aggregateId();
      if (!held.add(aggregate) || row.parkedAt != null || row.dueAt.isAfter(now)) {
        continue;
      }
      claimed.add(new EventEntry(row.event, row.attempts));
      row.attempts++;
      row.dueAt = now.plus(lease);
    }
    return claimed;
  }

  private @Nullable Row claimedRow(EventEntry claimed) {
    Row row = rows.get(claimed.event().id());
    return row != null && row.open() && row.parkedAt == null
        && row.attempts == claimed.attempts() + 1 ? row : null;
  }

  @Override
  public synchronized boolean delivered(EventEntry claimed, Instant at) {
    Row row = claimedRow(claimed);
    if (row == null) {
      return false;
    }
    row.deliveredAt = at;
    return true;
  }

  @Override
  public synchronized boolean failed(EventEntry claimed, Instant retryAt, String error) {
    Row row = claimedRow(claimed);
    if (row == null) {
      return false;
    }
    row.dueAt = retryAt;
    row.lastError = error;
    return true;
  }

  @Override
  public synchronized boolean parked(EventEntry claimed, Instant at, String error) {
    Row row = claimedRow(claimed);
    if (row == null) {
      return false;
    }
    row.parkedAt = at;
    row.lastError = error;
    return true;
  }

  @Override
  public synchronized List<ParkedEvent> parked(Optional<Long> after, int limit) {
    List<ParkedEvent> parked = new ArrayList<>();
    for (Row row : rows.values()) {
      if (parked.size() == limit) {
        break;
      }
      Instant parkedAt = row.parkedAt;
      if (row.open() && parkedAt != null
          && after.map(a -> row.event.sequence() > a).orElse(true)) {
        parked.add(new ParkedEvent(row.event, row.attempts, parkedAt,
            row.lastError == null ? "" : row.lastError));
      }
    }
    return parked;
  }

  @Override
  public synchronized boolean retry(EventId id, Instant now) {
    Row row = rows.get(id);
    if (row == null || !row.open() || row.parkedAt == null) {
      return false;
    }
    row.parkedAt = null;
    row.attempts = 0;
    row.dueAt = now;
    return true;
  }

  @Override
  public synchronized long backlog() {
    return rows.values().stream().filter(r -> r.open() && r.parkedAt == null).count();
  }

  @Override
  public synchronized int removeDelivered(Instant deliveredBefore, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("remove at least one event, not " + max);
    }
    List<Row> old = new ArrayList<>();
    for (Row row : rows.values()) {
      Instant deliveredAt = row.deliveredAt;
      if (deliveredAt != null && deliveredAt.isBefore(deliveredBefore)) {
        old.add(row);
      }
    }
    // the earliest delivered first, as the database adapters' index on the delivery time
    old.sort(Comparator.comparing((Row r) -> Objects.requireNonNull(r.deliveredAt))
        .thenComparingLong(r -> r.event.sequence()));
    List<Row> removed = old.subList(0, Math.min(max, old.size()));
    removed.forEach(row -> rows.remove(row.event.id()));
    return removed.size();
  }
}
