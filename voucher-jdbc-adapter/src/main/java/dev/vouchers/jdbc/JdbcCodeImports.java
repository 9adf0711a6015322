// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.Voucher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-1 (ADR 0053): an import in one transaction. The order and its lines are inserted and the
 * vouchers streamed straight into {@code vouchers_vouchers} (batched inserts, or {@code COPY}
 * on PostgreSQL) after a savepoint: with no repeated and no stored code, that is all. When the
 * unique {@code code_digest} says no, the writes go back to the savepoint and the source is read
 * once more into the staging table {@code vouchers_import_rows}, where the database finds the
 * lines of the repeated and of the stored codes; then everything is undone. The Java heap holds
 * one batch and the first reported lines, never the import's codes. A refused import is rolled
 * back (or, joined to an application's transaction, undone to its savepoint).
 */
final class JdbcCodeImports implements CodeImports {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcCodeImports.class);
  /** The columns staged, in order, after {@code import_id} and {@code line}. */
  static final String VOUCHER_COLUMNS = "id, order_id, partner_id, product_id, validity_years,"
      + " fqdns, wildcards, code_digest, code_last_four, code_sealed, status, issued_at,"
      + " expires_at, recipient, personal_message, sent_at, ever_redeemed, partner_comment,"
      + " code_key";
  static final String STAGE = """
      INSERT INTO vouchers_import_rows (import_id, line, %s)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(
          VOUCHER_COLUMNS);
  /** M-1: every line whose code an earlier line of the import has, in line order. */
  static final String DUPLICATES = """
      SELECT line FROM (
        SELECT line, ROW_NUMBER() OVER (PARTITION BY code_digest ORDER BY line) AS nth
        FROM vouchers_import_rows WHERE import_id = ?) t
      WHERE nth > 1 ORDER BY line""";
  /** M-1: every line whose code is stored, by the unique vouchers_vouchers_code_digest. */
  static final String CLASHES = """
      SELECT s.line FROM vouchers_import_rows s
      JOIN vouchers_vouchers v ON v.code_digest = s.code_digest
      WHERE s.import_id = ? ORDER BY s.line""";
  static final String INSERT = """
      INSERT INTO vouchers_vouchers (%s) VALUES
      (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(VOUCHER_COLUMNS);
  private static final int BATCH = 1_000;
  private static final int FETCH = 1_000;

  /** Where the vouchers are written. */
  enum Target {
    /** Into {@code vouchers_vouchers}, the import's own rows. */
    VOUCHERS,
    /** Into {@code vouchers_import_rows}, with the import's id and each row's line. */
    STAGING
  }

  /** Writes an import's vouchers inside the import's transaction. */
  interface StagingWriter {
    /** Writes every voucher the source gives (one reading of the source). */
    void write(Connection connection, Target target, String importId,
        Consumer<Consumer<Imported>> source) throws SQLException;
  }

  private enum Outcome { STORED, NUMBER_TAKEN }

  private final Transactions transactions;
  private final StagingWriter writer;

  JdbcCodeImports(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.writer = dialect == Dialect.POSTGRESQL ? new PostgresImportCopy() : new BatchStaging();
  }

  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> source, int limit) {
    String importId = order.id().value();
    Clashes[] found = {Clashes.none()};
    Outcome outcome = transactions.inUndoableTransaction("import order " + order.id() + " with "
        + order.voucherCount() + " vouchers", (connection, undo) -> {
          found[0] = Clashes.none();
          try {
            Sql.update(connection, OrderInsertion.INSERT_ORDER, s -> Rows.bindOrder(s, order));
          } catch (SQLException e) {
            if (!OrderInsertion.isClash(e, OrderInsertion.NUMBER_CONSTRAINT)) {
              throw e;
            }
            undo.undo(); // M-4: the number is taken, nothing of the import stays
            return Outcome.NUMBER_TAKEN;
          }
          try (PreparedStatement s = connection.prepareStatement(OrderInsertion.INSERT_LINE)) {
            for (OrderLine line : order.lines()) {
              Rows.bindLine(s, order.id(), line);
              s.addBatch();
            }
            s.executeBatch();
          }
          Savepoint beforeVouchers = connection.setSavepoint();
          try {
            writer.write(connection, Target.VOUCHERS, importId, source);
            OrderInsertion.countCodes(connection, order);
            // M-5: an imported order is placed like any other, in the same transaction
            EventRows.insert(connection, NewEvent.orderPlaced(order.id().value(),
                order.partner().value(), order.voucherCount(), order.placedAt()));
            return Outcome.STORED;
          } catch (SQLException e) {
            if (!OrderInsertion.isClash(e, OrderInsertion.CODE_CONSTRAINT)) {
              throw e;
            }
            connection.rollback(beforeVouchers); // the rare path: find out which lines clash
          }
          writer.write(connection, Target.STAGING, importId, source);
          List<Long> duplicateLines = new ArrayList<>();
          long duplicates = lines(connection, DUPLICATES, importId, limit, duplicateLines);
          List<Long> clashLines = new ArrayList<>();
          long clashes = lines(connection, CLASHES, importId, limit, clashLines);
          undo.undo(); // M-1: nothing half-imported, no staged row stays
          // none found: a concurrent import stored a code and rolled back since; say one clash
          found[0] = duplicates > 0 || clashes > 0
              ? new Clashes(duplicateLines, duplicates, clashLines, clashes)
              : new Clashes(List.of(), 0, List.of(), 1);
          return Outcome.STORED;
        });
    if (outcome == Outcome.NUMBER_TAKEN) {
      throw new OrderNumberTaken(order.number());
    }
    if (found[0].any()) {
      LOG.debug("import {}: {} repeated, {} stored code(s)", order.id(), found[0].duplicates(),
          found[0].clashes());
    }
    return found[0];
  }

  /**
   * Reads the lines of a query to the end (streamed), keeping the first {@code limit}: how
   * many there are is counted as they pass, never with a second query.
   */
  private static long lines(Connection connection, String sql, String importId, int limit,
      List<Long> first) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setFetchSize(FETCH);
      s.setString(1, importId);
      long count = 0;
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          if (++count <= limit) {
            first.add(rows.getLong(1));
          }
        }
      }
      return count;
    }
  }

  /** The portable writer: batched inserts. */
  static final class BatchStaging implements StagingWriter {
    @Override
    public void write(Connection connection, Target target, String importId,
        Consumer<Consumer<Imported>> source) throws SQLException {
      boolean staged = target == Target.STAGING;
      try (PreparedStatement s = connection.prepareStatement(staged ? STAGE : INSERT)) {
        int[] pending = {0};
        SQLException[] failed = {null};
        source.accept(imported -> {
          if (failed[0] != null) {
            return;
          }
          try {
            bind(s, staged ? 2 : 0, importId, imported);
            s.addBatch();
            if (++pending[0] == BATCH) {
              s.executeBatch();
              pending[0] = 0;
            }
          } catch (SQLException e) {
            failed[0] = e;
          }
        });
        if (failed[0] != null) {
          throw failed[0];
        }
        if (pending[0] > 0) {
          s.executeBatch();
        }
      }
    }

    private static void bind(PreparedStatement s, int staged, String importId,
        Imported imported) throws SQLException {
      Voucher v = imported.voucher();
      if (staged > 0) {
        s.setString(1, importId);
        s.setLong(2, imported.line());
      }
      int at = staged;
      s.setString(at + 1, v.id().value());
      s.setString(at + 2, v.order().value());
      s.setString(at + 3, v.partner().value());
      s.setString(at + 4, v.configuration().product().value());
      s.setInt(at + 5, v.configuration().validityYears());
      s.setInt(at + 6, v.configuration().fqdns());
      s.setInt(at + 7, v.configuration().wildcards());
      s.setBytes(at + 8, v.code().digest().bytes());
      s.setString(at + 9, v.code().lastFour());
      s.setBytes(at + 10, v.code().sealed().orElse(null));
      s.setString(at + 11, v.status().name());
      Sql.setInstant(s, at + 12, v.issuedAt());
      Sql.setInstant(s, at + 13, v.expiresAt());
      Optional<Assignment> assignment = v.assignment();
      s.setString(at + 14, assignment.map(a -> a.recipient().value()).orElse(null));
      s.setString(at + 15, assignment.map(Assignment::message).orElse(null));
      Sql.setInstant(s, at + 16, assignment.map(Assignment::sentAt));
      s.setBoolean(at + 17, v.everRedeemed());
      s.setString(at + 18, v.comment().orElse(null));
      s.setString(at + 19, v.code().keyId()); // G-4: the key its digest and seal were made with
    }
  }
}
