// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * M-5: how the stores write events into {@code vouchers_events}, in the transaction of the
 * change (ADR 0055). Two ways, one body: from Java ({@link #insert}, {@link #insertMoves}: the
 * bodies of {@link NewEvent}) where the change is written from Java, and in SQL
 * ({@link #fromVoucherHistory}) where a set-based statement writes the history rows: the same
 * {@code voucher.moved} body rendered from the history rows the statement inserted. The event id
 * is the column's default (a random UUID), the sequence its identity.
 */
final class EventRows {
  static final String COLUMNS =
      "aggregate_type, aggregate_id, event_type, occurred_at, body, due_at";
  static final String INSERT = """
      INSERT INTO vouchers_events (%s) VALUES (?, ?, ?, ?, ?, ?)""".formatted(COLUMNS);

  private EventRows() {}

  /** Binds an event's {@link #COLUMNS} from {@code first} on. */
  static void bind(PreparedStatement s, int first, NewEvent event) throws SQLException {
    int i = first;
    s.setString(i++, event.aggregateType().name());
    s.setString(i++, event.aggregateId());
    s.setString(i++, event.type());
    Sql.setInstant(s, i++, event.occurredAt());
    s.setString(i++, event.body());
    Sql.setInstant(s, i, event.occurredAt());
  }

  /** Writes one event. */
  static void insert(Connection connection, NewEvent event) throws SQLException {
    Sql.update(connection, INSERT, s -> bind(s, 1, event));
  }

  /** V-2, M-5: the events of voucher moves, one per history entry, in one batch. */
  static void insertMoves(Connection connection, List<HistoryEntry> entries)
      throws SQLException {
    insertAll(connection, entries.stream().map(ChangeEvents::of).toList());
  }

  /** Writes the events in one batch (nothing when there are none). */
  static void insertAll(Connection connection, List<NewEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(INSERT)) {
      for (NewEvent event : events) {
        bind(s, 1, event);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The event of a history entry. */
  static NewEvent moved(HistoryEntry entry) {
    return ChangeEvents.of(entry);
  }

  /** What a history insert returns for {@link #fromVoucherHistory}. */
  static final String HISTORY_RETURNING = " RETURNING voucher_id, from_status, to_status, moved_at";

  /**
   * The SQL that inserts one {@code voucher.moved} event per row of {@code history} (a CTE or
   * delta table with {@code voucher_id, from_status, to_status, moved_at}): the body
   * {@link NewEvent#voucherMovedBody} writes, rendered in SQL (ids are single-line text, so
   * escaping {@code \} and {@code "} is all JSON needs). No parameters.
   */
  static String fromVoucherHistory(String history) {
    return """
        INSERT INTO vouchers_events (%s)
        SELECT '%s', voucher_id, '%s', moved_at,
          '{"voucherId":' || %s || ',"from":' || %s || ',"to":' || %s || '}', moved_at
        FROM %s""".formatted(COLUMNS, AggregateType.VOUCHER.name(), NewEvent.VOUCHER_MOVED,
        json("voucher_id"), json("from_status"), json("to_status"), history);
  }

  private static String json(String column) {
    return "'\"' || REPLACE(REPLACE(" + column + ", '\\', '\\\\'), '\"', '\\\"') || '\"'";
  }
}
