// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.voucher.domain.Voucher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * O-4, C-1, M-4: an order and all its vouchers stored in one transaction (on PostgreSQL the
 * vouchers go in with {@code COPY}), the code counter grown with it, and a clash of a code or of
 * the order number undone without a trace (a savepoint inside an application's transaction).
 */
final class OrderInsertion {
  private static final Logger LOG = LoggerFactory.getLogger(OrderInsertion.class);
  private static final int CLASH_QUERY_CHUNK = 500;
  static final String CODE_CONSTRAINT = "vouchers_vouchers_code_digest";
  /** M-4: the unique constraint on the orders' numbers. */
  static final String NUMBER_CONSTRAINT = "vouchers_orders_number";

  static final String INSERT_ORDER = """
      INSERT INTO vouchers_orders (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(
          Rows.ORDER_COLUMNS);
  static final String INSERT_LINE = """
      INSERT INTO vouchers_order_lines (%s)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(Rows.LINE_COLUMNS);

  /** C-1: one stripe of the code counter grows with an order, in the order's transaction. */
  static final String COUNT_CODES = """
      UPDATE vouchers_code_count SET codes = codes + ? WHERE stripe = ?""";

  /**
   * C-1: stripes of the code counter: concurrent orders add to different rows (no hot row);
   * a read sums them all. The schema creates this many rows (0..15).
   */
  static final int CODE_COUNT_STRIPES = 16;

  private final Transactions transactions;
  private final Dialect dialect;
  private final NewVoucherWriter writer;

  OrderInsertion(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.writer = dialect == Dialect.POSTGRESQL ? new PostgresCopy() : new BatchInsert();
  }

  /** Writes the vouchers of a new order inside the order's transaction. */
  interface NewVoucherWriter {
    /** Writes every voucher, reading the (maybe lazy) list once. */
    void write(Connection connection, List<Voucher> vouchers) throws SQLException;
  }

  /** What one attempt to store an order came to. */
  private enum Stored { STORED, CODE_CLASH, NUMBER_TAKEN }

  Set<CodeDigest> insertOrder(Order order, List<Voucher> vouchers) {
    for (int round = 1; ; round++) {
      // joined to an application's transaction, the undo goes back to a savepoint: a clash
      // must not abort (PostgreSQL) or half-fill (H2) the application's transaction
      Stored stored = transactions.inUndoableTransaction("store order " + order.id() + " with "
          + vouchers.size() + " vouchers", (connection, undo) -> {
            try {
              Sql.update(connection, INSERT_ORDER, s -> Rows.bindOrder(s, order));
            } catch (SQLException e) {
              if (!isClash(e, NUMBER_CONSTRAINT)) {
                throw e;
              }
              undo.undo(); // M-4: the unique number is taken, nothing of the order stays
              return Stored.NUMBER_TAKEN;
            }
            try (PreparedStatement s = connection.prepareStatement(INSERT_LINE)) {
              for (OrderLine line : order.lines()) {
                Rows.bindLine(s, order.id(), line);
                s.addBatch();
              }
              s.executeBatch();
            }
            try {
              writer.write(connection, vouchers);
              countCodes(connection, order);
              EventRows.insert(connection, NewEvent.orderPlaced(order.id().value(),
                  order.partner().value(), order.voucherCount(), order.placedAt())); // M-5
              return Stored.STORED;
            } catch (SQLException e) {
              if (!isClash(e, CODE_CONSTRAINT)) {
                throw e;
              }
              undo.undo(); // C-1: nothing of the order stays
              return Stored.CODE_CLASH;
            }
          });
      if (stored == Stored.STORED) {
        return Set.of();
      }
      if (stored == Stored.NUMBER_TAKEN) {
        LOG.debug("order {}: number {} is taken", order.id(), order.number());
        throw new OrderNumberTaken(order.number());
      }
      Set<CodeDigest> clashes = clashes(vouchers);
      if (!clashes.isEmpty()) {
        LOG.debug("order {}: {} code(s) clash", order.id(), clashes.size());
        return clashes;
      }
      // the clashing order was cancelled? codes never leave; a concurrent insert rolled back
      if (round == 3) {
        throw new JdbcStorageException("could not store order " + order.id()
            + ": the code constraint kept failing without a clashing code being found");
      }
    }
  }

  /**
   * C-1: adds the order's codes to one stripe of the counter, chosen by the order id, in the
   * order's transaction (a clash undoes it with the order). Concurrent orders mostly touch
   * different stripes, so the counter is not one hot row.
   */
  static void countCodes(Connection connection, Order order) throws SQLException {
    int stripe = Math.floorMod(order.id().value().hashCode(), CODE_COUNT_STRIPES);
    int counted = Sql.update(connection, COUNT_CODES, s -> {
      s.setLong(1, order.voucherCount());
      s.setInt(2, stripe);
    });
    if (counted != 1) {
      // the count must never fall behind (C-1): no order is stored without being counted
      throw new JdbcStorageException("the code counter has no stripe " + stripe
          + "; is the schema (vouchers_code_count) complete?");
    }
  }

  /** C-1, M-4: whether the failure is the unique constraint of that name saying no. */
  static boolean isClash(SQLException e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint)) {
        return true;
      }
    }
    return false;
  }

  /** C-1: the codes of the order that are stored already or repeated within it (rare path). */
  private Set<CodeDigest> clashes(List<Voucher> vouchers) {
    Set<CodeDigest> seen = new HashSet<>();
    Set<CodeDigest> clashes = new HashSet<>();
    List<CodeDigest> chunk = new ArrayList<>(CLASH_QUERY_CHUNK);
    for (Voucher voucher : vouchers) {
      CodeDigest digest = voucher.code().digest();
      if (!seen.add(digest)) {
        clashes.add(digest);
      }
      chunk.add(digest);
      if (chunk.size() == CLASH_QUERY_CHUNK) {
        clashes.addAll(stored(chunk));
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      clashes.addAll(stored(chunk));
    }
    return clashes;
  }

  private List<CodeDigest> stored(List<CodeDigest> digests) {
    return transactions.inTransaction("look for stored codes", connection -> Sql.list(connection,
        """
        SELECT code_digest FROM vouchers_vouchers WHERE code_digest IN (%s)""".formatted(
        Sql.marks(digests.size())),
        s -> {
          for (int i = 0; i < digests.size(); i++) {
            s.setBytes(i + 1, digests.get(i).bytes());
          }
        }, row -> CodeDigest.of(row.getBytes(1))));
  }

  /** The portable writer: batched inserts (H2, and any database without COPY). */
  static final class BatchInsert implements NewVoucherWriter {
    static final String INSERT = """
        INSERT INTO vouchers_vouchers (id, order_id, partner_id, product_id, validity_years,
          fqdns, wildcards, code_digest, code_last_four, code_sealed, status, issued_at,
          expires_at, code_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int BATCH = 1_000;

    @Override
    public void write(Connection connection, List<Voucher> vouchers) throws SQLException {
      try (PreparedStatement s = connection.prepareStatement(INSERT)) {
        int pending = 0;
        for (Voucher v : vouchers) {
          s.setString(1, v.id().value());
          s.setString(2, v.order().value());
          s.setString(3, v.partner().value());
          s.setString(4, v.configuration().product().value());
          s.setInt(5, v.configuration().validityYears());
          s.setInt(6, v.configuration().fqdns());
          s.setInt(7, v.configuration().wildcards());
          s.setBytes(8, v.code().digest().bytes());
          s.setString(9, v.code().lastFour());
          s.setBytes(10, v.code().sealed().orElse(null));
          s.setString(11, v.status().name());
          Sql.setInstant(s, 12, v.issuedAt());
          Sql.setInstant(s, 13, v.expiresAt());
          s.setString(14, v.code().keyId());
          s.addBatch();
          if (++pending == BATCH) {
            s.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          s.executeBatch();
        }
      }
    }
  }

}
