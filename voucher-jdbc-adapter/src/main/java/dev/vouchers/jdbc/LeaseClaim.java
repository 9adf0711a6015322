// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * How every outbox of the adapter claims its due rows for a lease: the e-mail outboxes through
 * {@link JdbcOutbox} (S-2, I-1) and the events' {@link JdbcEventOutbox} (M-5). A claim moves
 * {@code due_at} to the end of the lease and counts the attempt, so a row not marked in time is
 * claimable again; the marks that follow are fenced by that count.
 *
 * <p>On PostgreSQL a claim is one statement that skips rows another relay holds ({@code FOR
 * UPDATE SKIP LOCKED}) and returns the claimed rows. On H2 the candidates are selected and
 * locked the same way, and each is then claimed by its key on the condition that it is still
 * due (a concurrent relay may have claimed it meanwhile) and read back. Either way the rows come
 * out oldest first ({@code seq}).
 *
 * @param <E> a claimed row as the port hands it out
 * @param name what is claimed, for error messages: "outbox messages", "events"
 * @param claimPostgresql parameters: now, max, end of the lease; returns the claimed rows
 * @param candidatesH2 parameters: now, max; selects the keys of the due rows
 * @param claimOneH2 parameters: end of the lease, key, now; claims one row if it is still due
 * @param readOneH2 parameter: key; reads the claimed row
 * @param entry the entry of a claimed row (its {@code attempts} already counts this claim)
 * @param seq the order of an entry ({@code seq})
 */
record LeaseClaim<E>(String name, String claimPostgresql, String candidatesH2,
    String claimOneH2, String readOneH2, Sql.Row<E> entry, ToLongFunction<E> seq) {

  /** The longest error text a mark keeps (its first characters). */
  static final int MAX_ERROR = 2_000;

  /** The error as a mark keeps it: its first {@value #MAX_ERROR} characters. */
  static String kept(String error) {
    return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
  }

  /** Claims up to {@code max} due rows for {@code lease}, oldest first. */
  List<E> claim(Transactions transactions, Dialect dialect, int max, Instant now,
      Duration lease) {
    if (max < 1) {
      throw new IllegalArgumentException("claim at least one of the " + name + ", not " + max);
    }
    Instant until = now.plus(lease);
    List<E> claimed = transactions.inTransaction("claim " + name, connection ->
        dialect == Dialect.POSTGRESQL ? Sql.list(connection, claimPostgresql, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, max);
          Sql.setInstant(s, 3, until);
        }, entry) : claimH2(connection, max, now, until));
    return claimed.stream().sorted(Comparator.comparingLong(seq)).toList();
  }

  private List<E> claimH2(Connection connection, int max, Instant now, Instant until)
      throws SQLException {
    List<Object> candidates = Sql.list(connection, candidatesH2, s -> {
      Sql.setInstant(s, 1, now);
      s.setInt(2, max);
    }, row -> row.getObject(1));
    List<E> rows = new ArrayList<>();
    for (Object key : candidates) {
      int changed = Sql.update(connection, claimOneH2, s -> {
        Sql.setInstant(s, 1, until);
        s.setObject(2, key);
        Sql.setInstant(s, 3, now);
      });
      if (changed == 1) {
        rows.addAll(Sql.list(connection, readOneH2, s -> s.setObject(1, key), entry));
      }
    }
    return rows;
  }
}
