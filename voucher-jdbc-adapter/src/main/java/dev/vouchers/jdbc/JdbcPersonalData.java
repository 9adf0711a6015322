// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * {@link PersonalData} over JDBC (E-1, ADR 0052): redaction in place, in one transaction per
 * call. Every row that holds the subject's data is overwritten ({@link Erased#ADDRESS},
 * {@link Erased#TEXT}, or NULL where the column is optional); the rows of vouchers,
 * invitations, sub-accounts and orders get a new version, so that a concurrent conditional
 * write that read the data before (V-7) loses and is retried on the erased row instead of
 * writing the data back. History rows keep their from, to, when and why; the data they carry
 * (URL-encoded, {@code Rows.encode}) is decoded, redacted and written back.
 *
 * <p>The automatic erasure walks the closing history entries in (moved_at, id) order from a
 * mark kept in {@code vouchers_erasure_marks} (locked while a batch runs, so instances take
 * turns), through the indexes {@code vouchers_history_closing} and
 * {@code vouchers_invitation_history_closing}: each closing is read once, whatever the number
 * of rows already erased.
 */
final class JdbcPersonalData implements PersonalData {
  private static final String CODE_HOLDER = "customer:";
  private static final String ERASED_HOLDER = CODE_HOLDER + Erased.TEXT;
  static final String VOUCHER_MARK = "vouchers_history";
  static final String INVITATION_MARK = "vouchers_invitation_history";

  /**
   * E-1: the closing moves of vouchers as a SQL condition rendered from the domain
   * ({@link Erased#closedVoucherStatuses()}), written into the statement so that PostgreSQL
   * matches the partial index {@code vouchers_history_closing}, whose predicate is the same.
   */
  static final String CLOSING_VOUCHERS = statuses(
      VoucherStatus.class, s -> Erased.closedVoucherStatuses().contains(s));
  /** E-1: the closing moves of invitations (the final statuses, {@link InvitationStatus}). */
  static final String CLOSING_INVITATIONS = statuses(InvitationStatus.class,
      InvitationStatus::isFinal);

  static final String INSERT_ERASURE = """
      INSERT INTO vouchers_erasures (erased_at, erased_by, kind, row_count)
      VALUES (?, ?, ?, ?)""";
  /** The newest erasures: the primary key, backwards. */
  static final String SELECT_ERASURES = """
      SELECT erased_at, erased_by, kind, row_count FROM vouchers_erasures
      ORDER BY id DESC LIMIT ?""";
  static final String ERASE_VOUCHERS = """
      UPDATE vouchers_vouchers SET recipient = ?, personal_message = ?, version = version + 1
      WHERE recipient = ?""";
  static final String ERASE_OUTBOX = """
      UPDATE vouchers_outbox SET recipient = ?, personal_message = ?, link_sealed = NULL,
        last_error = CASE WHEN last_error IS NULL THEN NULL ELSE ? END,
        outcome = COALESCE(outcome, ?), delivered_at = COALESCE(delivered_at, ?)
      WHERE recipient = ?""";
  static final String ERASE_INVITATIONS = """
      UPDATE vouchers_invitations SET recipient = ?, message = ?, version = version + 1
      WHERE recipient = ?""";
  static final String ERASE_INVITATION_OUTBOX = """
      UPDATE vouchers_invitation_outbox SET recipient = ?, custom_message = ?,
        token_sealed = NULL, last_error = CASE WHEN last_error IS NULL THEN NULL ELSE ? END,
        outcome = COALESCE(outcome, ?), delivered_at = COALESCE(delivered_at, ?)
      WHERE recipient = ?""";
  static final String ERASE_SUB_ACCOUNTS = """
      UPDATE vouchers_sub_accounts SET contact_email = ?, contact_name = ?,
        version = version + 1
      WHERE contact_email = ?""";
  /** E-1: one customer's orders of a partner: vouchers_orders_by_partner's range. */
  static final String ERASE_CUSTOMER = """
      UPDATE vouchers_orders SET customer_name = NULL, notes = NULL, version = version + 1
      WHERE partner_id = ? AND customer_name = ?""";
  /** History rows that may carry the address (checked exactly after decoding). */
  static final String SELECT_VOUCHER_HISTORY_WITH = """
      SELECT voucher_id, id, by_whom, data FROM vouchers_history
      WHERE data LIKE ? ESCAPE '!' OR by_whom = ?""";
  static final String SELECT_INVITATION_HISTORY_WITH = """
      SELECT invitation_id, id, by_whom, data FROM vouchers_invitation_history
      WHERE data LIKE ? ESCAPE '!' OR by_whom = ?""";
  static final String UPDATE_VOUCHER_HISTORY = """
      UPDATE vouchers_history SET by_whom = ?, data = ? WHERE voucher_id = ? AND id = ?""";
  static final String UPDATE_INVITATION_HISTORY = """
      UPDATE vouchers_invitation_history SET by_whom = ?, data = ?
      WHERE invitation_id = ? AND id = ?""";
  /** The code holder's label in the histories that carry no address data. */
  static final List<String> HOLDER_ONLY_HISTORIES = Stream.of(
          "vouchers_sub_account_history", "vouchers_reseller_application_history",
          "vouchers_subscription_history")
      .map(table -> """
          UPDATE %s SET by_whom = ? WHERE by_whom = ?""".formatted(table))
      .toList();

  /** The mark of a history walk, locked for the batch. */
  static final String LOCK_MARK = """
      SELECT moved_at, entry_id FROM vouchers_erasure_marks WHERE history = ? FOR UPDATE""";
  static final String MOVE_MARK = """
      UPDATE vouchers_erasure_marks SET moved_at = ?, entry_id = ? WHERE history = ?""";
  /** E-1: the next closing moves of vouchers: vouchers_history_closing. */
  static final String NEXT_VOUCHER_CLOSINGS = """
      SELECT moved_at, id, voucher_id
      FROM vouchers_history WHERE to_%s
      AND (moved_at, id) > (?, ?) AND moved_at <= ? ORDER BY moved_at, id LIMIT ?""".formatted(
          CLOSING_VOUCHERS);
  /** E-1: the next closing moves of invitations: vouchers_invitation_history_closing. */
  static final String NEXT_INVITATION_CLOSINGS = """
      SELECT moved_at, id, invitation_id
      FROM vouchers_invitation_history WHERE to_%s
      AND (moved_at, id) > (?, ?) AND moved_at <= ? ORDER BY moved_at, id LIMIT ?""".formatted(
          CLOSING_INVITATIONS);

  /**
   * E-1, V-7: the level at which every statement of an erasure sees one snapshot. At READ
   * COMMITTED each statement sees the commits made since the one before, so a link sent to the
   * address while the erasure runs could keep its voucher row (read before the send committed)
   * and lose its e-mail and history data (read after): half-erased. In one snapshot the send
   * comes after the erasure, whole; a row changed since the snapshot fails the erasure (40001 on
   * PostgreSQL, 90131 on H2), which {@link Transactions} retries. H2's REPEATABLE READ lets
   * other transactions' new rows appear, its SERIALIZABLE does not.
   */
  private static final Map<Dialect, Isolation> ONE_SNAPSHOT = Map.of(
      Dialect.POSTGRESQL, Isolation.REPEATABLE_READ, Dialect.H2, Isolation.SERIALIZABLE);

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcPersonalData(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  private static <E extends Enum<E>> String statuses(Class<E> type,
      java.util.function.Predicate<E> closing) {
    StringJoiner in = new StringJoiner("', '", "status IN ('", "')");
    for (E status : type.getEnumConstants()) {
      if (closing.test(status)) {
        in.add(status.name());
      }
    }
    return in.toString();
  }

  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    return transactions.atLeast(ONE_SNAPSHOT.get(dialect)).inTransaction(
        "erase personal data (" + subject.kind() + ")", connection -> {
          long rows = subject instanceof ErasureSubject.Address address
              ? eraseAddress(connection, address.address().value(), at)
              : eraseCustomer(connection, (ErasureSubject.Customer) subject);
          ErasureRecord record = new ErasureRecord(at, by, subject.kind(), rows);
          insert(connection, record);
          return record;
        });
  }

  private static long eraseCustomer(Connection connection, ErasureSubject.Customer customer)
      throws SQLException {
    return Sql.update(connection, ERASE_CUSTOMER, s -> {
      s.setString(1, customer.partner().value());
      s.setString(2, customer.name());
    });
  }

  private static long eraseAddress(Connection connection, String address, Instant at)
      throws SQLException {
    long rows = 0;
    rows += Sql.update(connection, ERASE_VOUCHERS, s -> {
      s.setString(1, Erased.ADDRESS.value());
      s.setString(2, Erased.TEXT);
      s.setString(3, address);
    });
    rows += Sql.update(connection, ERASE_OUTBOX, s -> bindOutbox(s, address, at));
    rows += Sql.update(connection, ERASE_INVITATIONS, s -> {
      s.setString(1, Erased.ADDRESS.value());
      s.setString(2, Erased.TEXT);
      s.setString(3, address);
    });
    rows += Sql.update(connection, ERASE_INVITATION_OUTBOX, s -> bindOutbox(s, address, at));
    rows += Sql.update(connection, ERASE_SUB_ACCOUNTS, s -> {
      s.setString(1, Erased.ADDRESS.value());
      s.setString(2, Erased.TEXT);
      s.setString(3, address);
    });
    String pattern = "%recipient=" + likeEscaped(URLEncoder.encode(address,
        StandardCharsets.UTF_8)) + "%";
    String holder = CODE_HOLDER + address;
    rows += rewrite(connection, SELECT_VOUCHER_HISTORY_WITH, UPDATE_VOUCHER_HISTORY,
        s -> {
          s.setString(1, pattern);
          s.setString(2, holder);
        }, address);
    rows += rewrite(connection, SELECT_INVITATION_HISTORY_WITH, UPDATE_INVITATION_HISTORY,
        s -> {
          s.setString(1, pattern);
          s.setString(2, holder);
        }, address);
    for (String statement : HOLDER_ONLY_HISTORIES) {
      rows += Sql.update(connection, statement, s -> {
        s.setString(1, ERASED_HOLDER);
        s.setString(2, holder);
      });
    }
    return rows;
  }

  private static void bindOutbox(PreparedStatement s, String address, Instant at)
      throws SQLException {
    s.setString(1, Erased.ADDRESS.value());
    s.setString(2, Erased.TEXT);
    s.setString(3, Erased.TEXT);
    s.setString(4, JdbcOutbox.Outcome.DROPPED.name());
    Sql.setInstant(s, 5, at);
    s.setString(6, address);
  }

  /** A LIKE pattern's literal part, with '!' as the escape character. */
  static String likeEscaped(String literal) {
    return literal.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** A history row to redact: its keys and what it holds. */
  private record HistoryRow(String owner, long id, String by, String data) {}

  /**
   * Reads the candidate history rows, redacts those that carry {@code address} as their
   * recipient (or any recipient, when {@code address} is null) or a code holder's label, and
   * writes them back; how many were written.
   */
  static long rewrite(Connection connection, String select, String update,
      Sql.Binder binder, @org.jspecify.annotations.Nullable String address)
      throws SQLException {
    List<HistoryRow> rows = Sql.list(connection, select, binder, r -> new HistoryRow(
        r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
    List<HistoryRow> changed = new ArrayList<>();
    for (HistoryRow row : rows) {
      Map<String, String> data = new HashMap<>(Rows.decode(row.data()));
      boolean carries = data.containsKey("recipient")
          && (address == null || address.equals(data.get("recipient")));
      String recipient = data.get("recipient");
      if (carries && !Erased.ADDRESS.value().equals(recipient)) {
        data.put("recipient", Erased.ADDRESS.value());
        data.computeIfPresent("message", (k, v) -> Erased.TEXT);
      } else if (carries) {
        data.computeIfPresent("message", (k, v) -> Erased.TEXT);
      }
      String by = row.by().startsWith(CODE_HOLDER)
          && (address == null || row.by().equals(CODE_HOLDER + address))
          ? ERASED_HOLDER : row.by();
      String encoded = Rows.encode(data);
      if (!encoded.equals(row.data()) || !by.equals(row.by())) {
        changed.add(new HistoryRow(row.owner(), row.id(), by, encoded));
      }
    }
    if (changed.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = connection.prepareStatement(update)) {
      for (HistoryRow row : changed) {
        s.setString(1, row.by());
        s.setString(2, row.data());
        s.setString(3, row.owner());
        s.setLong(4, row.id());
        s.addBatch();
      }
      s.executeBatch();
    }
    return changed.size();
  }

  static void insert(Connection connection, ErasureRecord record) throws SQLException {
    Sql.update(connection, INSERT_ERASURE, s -> {
      Sql.setInstant(s, 1, record.at());
      s.setString(2, record.by());
      s.setString(3, record.kind().name());
      s.setLong(4, record.rows());
    });
  }

  @Override
  public List<ErasureRecord> erasures(int limit) {
    return transactions.inTransaction("read the erasures", connection -> Sql.list(connection,
        SELECT_ERASURES, s -> s.setInt(1, Math.max(0, limit)), r -> new ErasureRecord(
            Sql.instant(r, "erased_at"), Sql.string(r, "erased_by"),
            ErasureKind.valueOf(Sql.string(r, "kind")), r.getLong("row_count"))));
  }

  // ------------------------------------------------------------------ the automatic erasure

  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    return transactions.inTransaction("erase the personal data of closed vouchers",
        c -> ClosedErasure.erase(c, closedBefore, at, by, limit));
  }
}
