// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.ChangeEvents;
import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ResellerApplications} over JDBC: tables {@code vouchers_reseller_applications},
 * {@code vouchers_reseller_application_history} and {@code vouchers_reseller_discounts}.
 *
 * <p>R-1's one active application per partner is a unique constraint on
 * {@code active_partner_id}, the partner's id while the application is not REJECTED: of two
 * concurrent submissions the second fails on it and writes nothing. A move is one conditional
 * update ({@code WHERE id = ? AND version = ?}) with its history row and discount change in the
 * same transaction.
 */
final class JdbcResellerApplications implements ResellerApplications {
  static final String COLUMNS = "id, partner_id, status, submitted_at, submitted_by,"
      + " discount_percent, version";
  static final String INSERT = """
      INSERT INTO vouchers_reseller_applications (id, partner_id, active_partner_id, status,
          submitted_at, submitted_by, discount_percent, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
  static final String SELECT_BY_ID = """
      SELECT %s
      FROM vouchers_reseller_applications WHERE id = ?""".formatted(COLUMNS);
  static final String SELECT_ACTIVE = """
      SELECT %s
      FROM vouchers_reseller_applications WHERE active_partner_id = ?""".formatted(COLUMNS);
  /** conditional on the version read; the updated row stays locked until commit. */
  static final String UPDATE = """
      UPDATE vouchers_reseller_applications
      SET status = ?, active_partner_id = ?, discount_percent = ?, version = ?
      WHERE id = ? AND version = ?""";
  static final String INSERT_ENTRY = """
      INSERT INTO vouchers_reseller_application_history (application_id, from_status, to_status,
          moved_at, by_whom, why, data) VALUES (?, ?, ?, ?, ?, ?, ?)""";
  static final String SELECT_HISTORY = """
      SELECT application_id, from_status, to_status, moved_at, by_whom, why, data
      FROM vouchers_reseller_application_history WHERE application_id = ? ORDER BY id""";
  /** Safe under the application row's lock taken by {@link #UPDATE}. */
  static final String NEXT_DISCOUNT_SEQ = """
      SELECT COALESCE(MAX(seq), 0) + 1 FROM vouchers_reseller_discounts WHERE application_id = ?""";
  static final String INSERT_DISCOUNT = """
      INSERT INTO vouchers_reseller_discounts (application_id, seq, partner_id, from_percent,
          to_percent, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)""";
  static final String SELECT_DISCOUNTS = """
      SELECT application_id, partner_id, from_percent, to_percent, changed_at, changed_by
      FROM vouchers_reseller_discounts WHERE application_id = ? ORDER BY seq""";
  private static final String ACTIVE_CONSTRAINT = "vouchers_reseller_applications_active";

  private final Transactions transactions;

  JdbcResellerApplications(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean insertApplication(ResellerApplication application) {
    // joined to an application's transaction, the undo goes back to a savepoint: a refused
    // insert must not abort the application's transaction (PostgreSQL)
    return transactions.inUndoableTransaction("store reseller application " + application.id(),
        (connection, undo) -> {
          try {
            Sql.update(connection, INSERT, s -> {
              s.setString(1, application.id().value());
              s.setString(2, application.partner().value());
              Rows.setString(s, 3, active(application));
              s.setString(4, application.status().name());
              Sql.setInstant(s, 5, application.submittedAt());
              s.setString(6, application.submittedBy());
              Rows.setString(s, 7, application.discount().map(BigDecimal::toString));
              s.setLong(8, application.version());
            });
            EventRows.insert(connection, ChangeEvents.submitted(application)); // M-5
            return true;
          } catch (SQLException e) {
            if (!violates(e, ACTIVE_CONSTRAINT)) {
              throw e;
            }
            undo.undo(); // the partner has an active application
            return false;
          }
        });
  }

  @Override
  public Optional<ResellerApplication> application(ResellerApplicationId id) {
    return transactions.inAutoCommit("read reseller application " + id, connection ->
        Sql.one(connection, SELECT_BY_ID, s -> s.setString(1, id.value()),
            JdbcResellerApplications::application));
  }

  @Override
  public Optional<ResellerApplication> activeApplication(PartnerId partner) {
    return transactions.inAutoCommit("read the active reseller application of " + partner,
        connection -> Sql.one(connection, SELECT_ACTIVE, s -> s.setString(1, partner.value()),
            JdbcResellerApplications::application));
  }

  @Override
  public Page<ResellerApplication> applicationsOf(PartnerId partner,
      Set<ResellerApplicationStatus> statuses, PageRequest page) {
    List<Listing.Range> ranges = partnerRanges(partner, statuses);
    return transactions.inTransaction("list the reseller applications of " + partner,
        connection -> listing(connection, ranges, page));
  }

  @Override
  public Page<ResellerApplication> applicationsWithStatus(Set<ResellerApplicationStatus> statuses,
      PageRequest page) {
    List<Listing.Range> ranges = statusRanges(statuses);
    return transactions.inTransaction("list reseller applications " + statuses,
        connection -> listing(connection, ranges, page));
  }

  private static Page<ResellerApplication> listing(Connection connection,
      List<Listing.Range> ranges, PageRequest page) throws SQLException {
    return Listing.page(connection, "vouchers_reseller_applications", COLUMNS, "submitted_at",
        ranges, page, JdbcResellerApplications::application, ResellerApplication::submittedAt,
        a -> a.id().value());
  }

  /**
   * O-5, L-1 (ADR 0031): the partner's range of
   * {@code vouchers_reseller_applications_by_partner}, or one range per status of
   * {@code vouchers_reseller_applications_by_partner_status}.
   */
  static List<Listing.Range> partnerRanges(PartnerId partner,
      Set<ResellerApplicationStatus> statuses) {
    Listing.Range range = Listing.Range.of("partner_id = ?", partner.value());
    if (statuses.isEmpty()) {
      return List.of(range);
    }
    return EnumSet.copyOf(statuses).stream().map(s -> range.and("status = ?", s.name()))
        .toList();
  }

  /**
   * O-5, L-1 (ADR 0031): one range per status of
   * {@code vouchers_reseller_applications_by_status} (every status when empty).
   */
  static List<Listing.Range> statusRanges(Set<ResellerApplicationStatus> statuses) {
    Set<ResellerApplicationStatus> all = statuses.isEmpty()
        ? EnumSet.allOf(ResellerApplicationStatus.class) : EnumSet.copyOf(statuses);
    return all.stream().map(s -> Listing.Range.of("status = ?", s.name())).toList();
  }

  @Override
  public boolean updateApplication(ResellerApplicationMove move) {
    ResellerApplication after = move.after();
    return transactions.inTransaction("move reseller application " + after.id(), connection -> {
      int changed = Sql.update(connection, UPDATE, s -> {
        s.setString(1, after.status().name());
        Rows.setString(s, 2, active(after));
        Rows.setString(s, 3, after.discount().map(BigDecimal::toString));
        s.setLong(4, after.version());
        s.setString(5, after.id().value());
        s.setLong(6, move.before().version());
      });
      if (changed == 0) {
        return false;
      }
      if (move.entry().isPresent()) {
        ResellerApplicationEntry entry = move.entry().get();
        Sql.update(connection, INSERT_ENTRY, s -> {
          s.setString(1, entry.application().value());
          s.setString(2, entry.from().name());
          s.setString(3, entry.to().name());
          Sql.setInstant(s, 4, entry.at());
          s.setString(5, entry.by());
          s.setString(6, entry.why());
          s.setString(7, Rows.encode(entry.data()));
        });
      }
      if (move.discount().isPresent()) {
        DiscountChange change = move.discount().get();
        int seq = Sql.one(connection, NEXT_DISCOUNT_SEQ,
            s -> s.setString(1, change.application().value()), r -> r.getInt(1)).orElse(1);
        Sql.update(connection, INSERT_DISCOUNT, s -> {
          s.setString(1, change.application().value());
          s.setInt(2, seq);
          s.setString(3, change.reseller().value());
          Rows.setString(s, 4, change.from().map(BigDecimal::toString));
          s.setString(5, change.to().toString());
          Sql.setInstant(s, 6, change.at());
          s.setString(7, change.by());
        });
      }
      EventRows.insert(connection, ChangeEvents.of(move)); // M-5
      return true;
    });
  }

  @Override
  public List<ResellerApplicationEntry> applicationHistory(ResellerApplicationId id) {
    return transactions.inAutoCommit("read the history of reseller application " + id,
        connection -> Sql.list(connection, SELECT_HISTORY, s -> s.setString(1, id.value()),
            row -> new ResellerApplicationEntry(
                new ResellerApplicationId(string(row, "application_id")),
                ResellerApplicationStatus.valueOf(string(row, "from_status")),
                ResellerApplicationStatus.valueOf(string(row, "to_status")),
                Sql.instant(row, "moved_at"), string(row, "by_whom"), string(row, "why"),
                Rows.decode(string(row, "data")))));
  }

  @Override
  public List<DiscountChange> discountHistory(ResellerApplicationId id) {
    return transactions.inAutoCommit("read the discounts of reseller application " + id,
        connection -> Sql.list(connection, SELECT_DISCOUNTS, s -> s.setString(1, id.value()),
            row -> new DiscountChange(new ResellerApplicationId(string(row, "application_id")),
                new PartnerId(string(row, "partner_id")),
                Optional.ofNullable(row.getString("from_percent")).map(BigDecimal::new),
                new BigDecimal(string(row, "to_percent")), Sql.instant(row, "changed_at"),
                string(row, "changed_by"))));
  }

  /** the partner's id while the application holds its place (not REJECTED). */
  private static Optional<String> active(ResellerApplication application) {
    return application.status().isActive()
        ? Optional.of(application.partner().value()) : Optional.empty();
  }

  private static ResellerApplication application(ResultSet row) throws SQLException {
    return new ResellerApplication(new ResellerApplicationId(string(row, "id")),
        new PartnerId(string(row, "partner_id")),
        ResellerApplicationStatus.valueOf(string(row, "status")),
        Sql.instant(row, "submitted_at"), string(row, "submitted_by"),
        Optional.ofNullable(row.getString("discount_percent")).map(BigDecimal::new),
        row.getLong("version"));
  }

  /** Whether the failure is a unique violation of the named constraint (or its H2 index). */
  static boolean violates(SQLException e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint)) {
        return true;
      }
    }
    return false;
  }
}
