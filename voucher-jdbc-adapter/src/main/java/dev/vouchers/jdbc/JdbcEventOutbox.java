// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.EventId;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link EventOutbox} over JDBC (M-5): table {@code vouchers_events}, written by the stores in
 * the transactions of the changes ({@link EventRows}). Claimed as the e-mail outboxes are
 * ({@link LeaseClaim}: a lease that moves {@code due_at} and counts the attempt, marks fenced
 * by the attempt; on PostgreSQL one statement with {@code FOR UPDATE SKIP LOCKED}, on H2 the
 * candidates locked the same way and each claimed conditionally), with one more condition: no
 * earlier event of the same aggregate is undelivered ({@code NOT EXISTS}, served by
 * {@code vouchers_events_open}), so an aggregate's events go out in order. A parked event keeps
 * {@code delivered_at} NULL, so it holds its aggregate's later events until it is retried.
 * Delivered events are deleted by the retention sweep in bounded batches (ADR 0057).
 */
final class JdbcEventOutbox implements EventOutbox {
  private static final String READ = "o.seq, o.id, o.aggregate_type, o.aggregate_id,"
      + " o.event_type, o.occurred_at, o.body, o.attempts";
  private static final String DUE = "e.delivered_at IS NULL AND e.parked_at IS NULL"
      + " AND e.due_at <= ? AND NOT EXISTS (SELECT 1 FROM vouchers_events p"
      + " WHERE p.aggregate_type = e.aggregate_type AND p.aggregate_id = e.aggregate_id"
      + " AND p.delivered_at IS NULL AND p.seq < e.seq)";
  static final String CLAIM_POSTGRESQL = """
      WITH due AS (
        SELECT e.seq FROM vouchers_events e
        WHERE %s ORDER BY e.seq LIMIT ? FOR UPDATE SKIP LOCKED)
      UPDATE vouchers_events o SET due_at = ?, attempts = o.attempts + 1
      FROM due WHERE o.seq = due.seq RETURNING %s""".formatted(DUE, READ);
  static final String CANDIDATES_H2 = """
      SELECT e.seq FROM vouchers_events e WHERE %s
      ORDER BY e.seq LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(DUE);
  /**
   * One candidate claimed again on H2, if it is still due, found by its primary key: the
   * delivery columns are tested as one {@code COALESCE} so that H2 does not read the range of
   * every due event through {@code vouchers_events_due} instead ({@code ExplainEventsTest}).
   */
  static final String CLAIM_ONE_H2 = """
      UPDATE vouchers_events e SET due_at = ?, attempts = attempts + 1
      WHERE e.seq = ? AND %s""".formatted(DUE.replace(
          "e.delivered_at IS NULL AND e.parked_at IS NULL",
          "COALESCE(e.delivered_at, e.parked_at) IS NULL"));
  static final String READ_ONE = """
      SELECT %s FROM vouchers_events o WHERE o.seq = ?""".formatted(READ);
  static final String DELIVERED = """
      UPDATE vouchers_events SET delivered_at = ?, last_error = NULL
      WHERE seq = ? AND attempts = ? AND delivered_at IS NULL AND parked_at IS NULL""";
  static final String FAILED = """
      UPDATE vouchers_events SET due_at = ?, last_error = ?
      WHERE seq = ? AND attempts = ? AND delivered_at IS NULL AND parked_at IS NULL""";
  static final String PARKED = """
      UPDATE vouchers_events SET parked_at = ?, last_error = ?
      WHERE seq = ? AND attempts = ? AND delivered_at IS NULL AND parked_at IS NULL""";
  static final String LIST_PARKED = """
      SELECT %s, o.parked_at, o.last_error
      FROM vouchers_events o WHERE o.parked_at IS NOT NULL AND o.delivered_at IS NULL
      AND o.seq > ? ORDER BY o.seq LIMIT ?""".formatted(READ);
  static final String RETRY = """
      UPDATE vouchers_events SET parked_at = NULL, attempts = 0, due_at = ?
      WHERE id = ? AND parked_at IS NOT NULL AND delivered_at IS NULL""";
  static final String BACKLOG = """
      SELECT COUNT(*) FROM vouchers_events
      WHERE delivered_at IS NULL AND parked_at IS NULL""";
  /**
   * Retention (ADR 0057) on PostgreSQL: the earliest delivered events before the cut-off,
   * through the partial index {@code vouchers_events_delivered}, locked skipping those another
   * sweep holds, then deleted by their {@code ctid}s (a TID scan): one statement, a bounded
   * batch, never a row with {@code delivered_at} NULL (pending, claimed, failed or parked).
   */
  static final String REMOVE_DELIVERED_POSTGRESQL = """
      DELETE FROM vouchers_events
      WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM vouchers_events WHERE delivered_at < ?
        ORDER BY delivered_at LIMIT ? FOR UPDATE SKIP LOCKED))""";
  /** As {@link #REMOVE_DELIVERED_POSTGRESQL} on H2, through {@code vouchers_events_due}. */
  static final String REMOVE_DELIVERED_H2 = """
      DELETE FROM vouchers_events WHERE seq IN (
        SELECT seq FROM vouchers_events WHERE delivered_at < ? ORDER BY delivered_at LIMIT ?)""";

  private static final LeaseClaim<EventEntry> CLAIM = new LeaseClaim<>("events",
      CLAIM_POSTGRESQL, CANDIDATES_H2, CLAIM_ONE_H2, READ_ONE, JdbcEventOutbox::entry,
      e -> e.event().sequence());

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcEventOutbox(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  private static Event event(ResultSet row) throws SQLException {
    return new Event(new EventId(row.getObject("id", UUID.class)), row.getLong("seq"),
        AggregateType.valueOf(Sql.string(row, "aggregate_type")),
        Sql.string(row, "aggregate_id"), Sql.string(row, "event_type"),
        Sql.instant(row, "occurred_at"), Sql.string(row, "body"));
  }

  private static EventEntry entry(ResultSet row) throws SQLException {
    // attempts counts this claim already; the entry reports the earlier ones
    return new EventEntry(event(row), row.getInt("attempts") - 1);
  }

  @Override
  public List<EventEntry> claim(int max, Instant now, Duration lease) {
    return CLAIM.claim(transactions, dialect, max, now, lease);
  }

  @Override
  public boolean delivered(EventEntry claimed, Instant at) {
    return transactions.inAutoCommit("mark event " + claimed.event().id() + " delivered",
        connection -> Sql.update(connection, DELIVERED, s -> {
          Sql.setInstant(s, 1, at);
          s.setLong(2, claimed.event().sequence());
          s.setInt(3, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public boolean failed(EventEntry claimed, Instant retryAt, String error) {
    return mark(FAILED, "failed", claimed, retryAt, error);
  }

  @Override
  public boolean parked(EventEntry claimed, Instant at, String error) {
    return mark(PARKED, "parked", claimed, at, error);
  }

  private boolean mark(String sql, String how, EventEntry claimed, Instant at, String error) {
    String kept = LeaseClaim.kept(error);
    return transactions.inAutoCommit("mark event " + claimed.event().id() + " " + how,
        connection -> Sql.update(connection, sql, s -> {
          Sql.setInstant(s, 1, at);
          s.setString(2, kept);
          s.setLong(3, claimed.event().sequence());
          s.setInt(4, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public List<ParkedEvent> parked(Optional<Long> after, int limit) {
    return transactions.inAutoCommit("list the parked events", connection ->
        Sql.list(connection, LIST_PARKED, s -> {
          s.setLong(1, after.orElse(0L));
          s.setInt(2, limit);
        }, row -> new ParkedEvent(event(row), row.getInt("attempts"),
            Sql.instant(row, "parked_at"),
            Optional.ofNullable(row.getString("last_error")).orElse(""))));
  }

  @Override
  public boolean retry(EventId id, Instant now) {
    return transactions.inAutoCommit("retry parked event " + id, connection ->
        Sql.update(connection, RETRY, s -> {
          Sql.setInstant(s, 1, now);
          s.setObject(2, id.value());
        })) == 1;
  }

  @Override
  public int removeDelivered(Instant deliveredBefore, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("remove at least one event, not " + max);
    }
    String sql = dialect == Dialect.POSTGRESQL ? REMOVE_DELIVERED_POSTGRESQL
        : REMOVE_DELIVERED_H2;
    return transactions.inTransaction("remove delivered events", connection ->
        Sql.update(connection, sql, s -> {
          Sql.setInstant(s, 1, Instants.clamp(deliveredBefore));
          s.setInt(2, max);
        }));
  }

  @Override
  public long backlog() {
    return transactions.inAutoCommit("count the event backlog", connection ->
        Sql.one(connection, BACKLOG, s -> { }, row -> row.getLong(1)).orElse(0L));
  }
}
