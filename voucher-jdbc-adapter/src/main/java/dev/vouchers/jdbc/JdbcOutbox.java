// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link Outbox} over JDBC, one class for every kind of message: activation e-mails (S-2) in
 * {@code vouchers_outbox}, whose rows {@link ActivationOutboxRows} writes and reads, and
 * invitation e-mails (I-1) in {@code vouchers_invitation_outbox}, {@link InvitationOutboxRows}.
 * Every outbox table keeps its messages with the same delivery columns ({@code id}, {@code seq},
 * {@code due_at}, {@code attempts},
 * {@code delivered_at}, {@code outcome}, {@code last_error}); only the message columns differ.
 *
 * <p>A message is still to deliver while {@code delivered_at} is NULL. It ends in one of the
 * {@link Outcome}s: {@code delivered_at} is then when it ended and {@code outcome} how
 * (DELIVERED, DROPPED unsent because it was overtaken, or PARKED because it can never be
 * delivered, with the error in {@code last_error}).
 *
 * <p>A claim is a lease, made as every outbox of the adapter makes it ({@link LeaseClaim}):
 * it moves {@code due_at} to the end of the lease and counts the attempt, so a message not
 * marked in time is claimable again; the oldest due messages ({@code seq}) come first. A failure
 * sets {@code due_at} to the retry time the relay's backoff chose. Both marks are fenced by the
 * claim: {@code attempts} is the claim's number until the next claim.
 *
 * @param <M> the kind of message
 */
final class JdbcOutbox<M extends OutboxMessage> implements Outbox<M> {
  /** How a message ended: the values of the {@code outcome} column. */
  enum Outcome {
    /** Sent. */
    DELIVERED,
    /** Not sent: overtaken before it went out (G-2, I-2). */
    DROPPED,
    /** Not sent: it can never be delivered; no longer tried (counted for staff and health). */
    PARKED
  }

  /** The message of a claimed row. */
  @FunctionalInterface
  interface Message<M> {
    /**
     * The message of the current row.
     *
     * @param row the row, with the message columns the table was made with
     */
    M of(ResultSet row) throws SQLException;
  }

  private final Transactions transactions;
  private final Dialect dialect;
  private final String name;
  private final LeaseClaim<Claimed<M>> claim;
  private final String deliveredSql;
  private final String failedSql;
  private final String parkedSql;
  private final String backlogSql;
  private final String parkedCountSql;
  private final String oldestSql;

  /**
   * The outbox kept in {@code table}.
   *
   * @param name what the outbox is called in error messages: "outbox"
   * @param messageColumns the columns {@code message} reads besides {@code id}, {@code seq} and
   *     {@code attempts}, which a claimed row always has
   * @param erasedOnDelivery columns set to NULL when a message ends, delivered, dropped or
   *     parked (what is no longer needed once it will not be sent again)
   */
  JdbcOutbox(Transactions transactions, Dialect dialect, String table, String name,
      List<String> messageColumns, List<String> erasedOnDelivery, Message<M> message) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.name = name;
    String readColumns = "o.id, o.seq, "
        + messageColumns.stream().map(column -> "o." + column).collect(Collectors.joining(", "))
        + ", o.attempts";
    this.claim = new LeaseClaim<>(name + " messages",
        """
            WITH due AS (
              SELECT id FROM %1$s WHERE delivered_at IS NULL AND due_at <= ?
              ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)
            UPDATE %1$s o SET due_at = ?, attempts = o.attempts + 1
            FROM due WHERE o.id = due.id RETURNING %2$s""".formatted(table, readColumns),
        """
            SELECT id FROM %s WHERE delivered_at IS NULL AND due_at <= ?
            ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(table),
        """
            UPDATE %s SET due_at = ?, attempts = attempts + 1
            WHERE id = ? AND delivered_at IS NULL AND due_at <= ?""".formatted(table),
        """
            SELECT %s FROM %s o WHERE o.id = ?""".formatted(readColumns, table),
        // attempts counts this claim already; the entry reports the earlier ones
        row -> new Claimed<>(row.getLong("seq"),
            new Entry<>(message.of(row), row.getInt("attempts") - 1)),
        Claimed::seq);
    String erased = erasedOnDelivery.stream().map(column -> ", " + column + " = NULL")
        .collect(Collectors.joining());
    this.deliveredSql = """
        UPDATE %s SET delivered_at = ?, outcome = ?%s
        WHERE id = ? AND attempts = ? AND delivered_at IS NULL""".formatted(table, erased);
    this.failedSql = """
        UPDATE %s SET due_at = ?, last_error = ?
        WHERE id = ? AND attempts = ? AND delivered_at IS NULL""".formatted(table);
    this.parkedSql = """
        UPDATE %s SET delivered_at = ?, outcome = ?, last_error = ?%s
        WHERE id = ? AND attempts = ? AND delivered_at IS NULL""".formatted(table, erased);
    this.backlogSql = """
        SELECT COUNT(*) FROM %s WHERE delivered_at IS NULL""".formatted(table);
    // the outcome as a literal: PostgreSQL's partial index on parked rows matches only it
    this.parkedCountSql = """
        SELECT COUNT(*) FROM %s WHERE outcome = '%s'""".formatted(table, Outcome.PARKED.name());
    this.oldestSql = """
        SELECT MIN(created_at) AS oldest FROM %s WHERE delivered_at IS NULL""".formatted(table);
  }

  private record Claimed<M extends OutboxMessage>(long seq, Entry<M> entry) {}

  @Override
  public List<Entry<M>> claim(int max, Instant now, Duration lease) {
    return claim.claim(transactions, dialect, max, now, lease).stream().map(Claimed::entry)
        .toList();
  }

  @Override
  public boolean delivered(Entry<M> claimed, Instant at) {
    return ended(claimed, at, Outcome.DELIVERED);
  }

  @Override
  public boolean dropped(Entry<M> claimed, Instant at) {
    return ended(claimed, at, Outcome.DROPPED);
  }

  /** Ends a claimed message, fenced by the claim: {@code attempts} still counts this claim. */
  private boolean ended(Entry<M> claimed, Instant at, Outcome outcome) {
    MessageId id = claimed.message().id();
    return transactions.inAutoCommit("mark " + name + " message " + id + " "
            + outcome.name().toLowerCase(java.util.Locale.ROOT),
        connection -> Sql.update(connection, deliveredSql, s -> {
          Sql.setInstant(s, 1, at);
          s.setString(2, outcome.name());
          s.setString(3, id.value());
          s.setInt(4, claimed.attempts() + 1);
        })) == 1;
  }

  /** Keeps the error's first 2,000 characters. */
  @Override
  public boolean parked(Entry<M> claimed, Instant at, String error) {
    MessageId id = claimed.message().id();
    String kept = LeaseClaim.kept(error);
    return transactions.inAutoCommit("park " + name + " message " + id,
        connection -> Sql.update(connection, parkedSql, s -> {
          Sql.setInstant(s, 1, at);
          s.setString(2, Outcome.PARKED.name());
          s.setString(3, kept);
          s.setString(4, id.value());
          s.setInt(5, claimed.attempts() + 1);
        })) == 1;
  }

  /** Keeps the error's first 2,000 characters. */
  @Override
  public boolean failed(Entry<M> claimed, Instant retryAt, String error) {
    MessageId id = claimed.message().id();
    String kept = LeaseClaim.kept(error);
    return transactions.inAutoCommit("mark " + name + " message " + id + " failed",
        connection -> Sql.update(connection, failedSql, s -> {
          Sql.setInstant(s, 1, retryAt);
          s.setString(2, kept);
          s.setString(3, id.value());
          s.setInt(4, claimed.attempts() + 1);
        })) == 1;
  }

  @Override
  public long backlog() {
    return transactions.inAutoCommit("count the " + name + " backlog", connection ->
        Sql.one(connection, backlogSql, s -> { }, row -> row.getLong(1)).orElse(0L));
  }

  @Override
  public long parkedCount() {
    return transactions.inAutoCommit("count the parked " + name + " messages", connection ->
        Sql.one(connection, parkedCountSql, s -> { }, row -> row.getLong(1)).orElse(0L));
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    return transactions.inAutoCommit("read the age of the " + name + " backlog", connection ->
        Sql.one(connection, oldestSql, s -> { }, row -> Sql.optionalInstant(row, "oldest"))
            .flatMap(oldest -> oldest));
  }
}
