// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Vouchers} over JDBC: orders, lines, vouchers, history, and the outbox rows of moves.
 *
 * <p>V-7: a move is one conditional write ({@code WHERE id = ? AND version = ?}) with its history
 * and outbox rows in the same transaction; on PostgreSQL all three are one data-modifying
 * statement (one round trip). O-4: an order and all its vouchers are one transaction; on
 * PostgreSQL the vouchers go in with {@code COPY}. C-5: codes arrive sealed and are stored as
 * given. Where a unit takes back its writes and carries on (a code clash, a cancellation that
 * lost to a move), it does so through {@link Transactions#inUndoableTransaction}, which uses a
 * savepoint inside an application's transaction ({@link OuterTransaction}).
 */
final class JdbcVouchers implements Vouchers, UsageReports, PersonalData, VoucherSearches,
    CodeImports {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcVouchers.class);
  /** Rows fetched per round trip when streaming (S-1). */
  static final int FETCH_SIZE = 1_000;
  private static final int CLASH_QUERY_CHUNK = 500;
  static final String CODE_CONSTRAINT = "vouchers_vouchers_code_digest";
  /** M-4: the unique constraint on the orders' numbers. */
  static final String NUMBER_CONSTRAINT = "vouchers_orders_number";

  /**
   * V-1, V-4: the redemption's decision as SQL, from the same named move the domain's
   * {@link Voucher#markRedeemed} makes ({@link Transition#REDEEM}).
   */
  static final MoveCondition REDEEMABLE = MoveCondition.of(Transition.REDEEM);

  /**
   * V-6, V-4: the cancellation's condition per voucher, from the named move an order's
   * cancellation makes of each voucher ({@link Transition#CANCEL}, whose sources are
   * {@link OrderCancellation#from()}).
   */
  static final MoveCondition CANCELLABLE = MoveCondition.of(Transition.CANCEL);

  static final String INSERT_ORDER = "INSERT INTO vouchers_orders (" + Rows.ORDER_COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_LINE = "INSERT INTO vouchers_order_lines (" + Rows.LINE_COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT_ORDER = "SELECT " + Rows.ORDER_COLUMNS
      + " FROM vouchers_orders WHERE id = ?";
  /** M-4, L-1: one order by its number: the unique constraint vouchers_orders_number. */
  static final String SELECT_ORDER_BY_NUMBER = "SELECT " + Rows.ORDER_COLUMNS
      + " FROM vouchers_orders WHERE order_number = ?";
  static final String SELECT_VOUCHER = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE id = ?";
  static final String SELECT_BY_CODE = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE code_digest = ?";
  /** G-4: a voucher by its code's candidate digests: vouchers_vouchers_code_digest (unique). */
  static final String SELECT_BY_CODES = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE code_digest IN (?)";
  /** G-2: the voucher of a link token: vouchers_vouchers_link_digest (unique). */
  static final String SELECT_BY_LINK = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE link_digest = ?";
  static final String SELECT_OF_ORDER = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE order_id = ? ORDER BY id";
  static final String SELECT_CODES_OF_ORDER = "SELECT " + Rows.ORDER_CODE_COLUMNS
      + " FROM vouchers_vouchers WHERE order_id = ? ORDER BY id";
  /** O-3, L-2: one page of an order's vouchers by id: vouchers_vouchers_by_order. */
  static final String SELECT_PAGE_OF_ORDER = "SELECT " + Rows.VOUCHER_COLUMNS
      + " FROM vouchers_vouchers WHERE order_id = ? AND id > ? ORDER BY id LIMIT ?";
  /**
   * V-6, O-3, L-2: the order's vouchers grouped by stored status, whether their expiry has come
   * at ? and whether they were ever redeemed: at most a few dozen rows whatever the order's
   * size, from one range of vouchers_vouchers_by_order. Which stored status is seen as which
   * (V-4) is the domain's to say ({@link OrderTally#seenAs}), not this statement's.
   */
  static final String TALLY_ORDER = "SELECT status, due, ever_redeemed, COUNT(*) AS vouchers"
      + " FROM (SELECT status, expires_at <= ? AS due, ever_redeemed FROM vouchers_vouchers"
      + " WHERE order_id = ?) t GROUP BY status, due, ever_redeemed";
  /** C-1: one stripe of the code counter grows with an order, in the order's transaction. */
  static final String COUNT_CODES = "UPDATE vouchers_code_count SET codes = codes + ?"
      + " WHERE stripe = ?";
  /** C-1: the stored codes, as the sum of the counter's few stripes. */
  static final String SUM_CODES = "SELECT COALESCE(SUM(codes), 0) AS codes"
      + " FROM vouchers_code_count";
  /**
   * C-1: stripes of the code counter: concurrent orders add to different rows (no hot row);
   * a read sums them all. The schema creates this many rows (0..15).
   */
  static final int CODE_COUNT_STRIPES = 16;
  static final String SELECT_HISTORY = "SELECT " + Rows.HISTORY_COLUMNS
      + " FROM vouchers_history WHERE voucher_id = ? ORDER BY id";
  static final String UPDATE_VOUCHER = "UPDATE vouchers_vouchers SET " + Rows.VOUCHER_CHANGE
      + " WHERE id = ? AND version = ?";
  static final String INSERT_HISTORY = "INSERT INTO vouchers_history (" + Rows.HISTORY_COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
  static final String CANCEL_ORDER = "UPDATE vouchers_orders SET status = ?, cancelled_at = ?,"
      + " version = ? WHERE id = ? AND version = ?";

  private final Transactions transactions;
  private final Dialect dialect;
  private final NewVoucherWriter writer;

  JdbcVouchers(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.writer = dialect == Dialect.POSTGRESQL ? new PostgresCopy() : new BatchInsert();
  }

  /** M-6: the usage report's grouped query ({@link JdbcUsageReports}, ADR 0050). */
  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    new JdbcUsageReports(transactions, dialect).usage(query, sink);
  }

  /** E-1: erasure of personal data ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    return new JdbcPersonalData(transactions).erase(subject, at, by);
  }

  /** E-1: the automatic erasure ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    return new JdbcPersonalData(transactions).eraseClosed(closedBefore, at, by, limit);
  }

  /** E-1: the recorded erasures ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public List<ErasureRecord> erasures(int limit) {
    return new JdbcPersonalData(transactions).erasures(limit);
  }

  /** M-1: the import of codes through a staging table ({@link JdbcCodeImports}, ADR 0053). */
  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> vouchers, int limit) {
    return new JdbcCodeImports(transactions, dialect).importOrder(order, vouchers, limit);
  }

  /** Writes the vouchers of a new order inside the order's transaction. */
  interface NewVoucherWriter {
    /** Writes every voucher, reading the (maybe lazy) list once. */
    void write(Connection connection, List<Voucher> vouchers) throws SQLException;
  }

  // ------------------------------------------------------------------ O-4

  /** What one attempt to store an order came to. */
  private enum Stored { STORED, CODE_CLASH, NUMBER_TAKEN }

  @Override
  public Set<CodeDigest> insertOrder(Order order, List<Voucher> vouchers) {
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
    StringJoiner marks = new StringJoiner(", ", "(", ")");
    digests.forEach(d -> marks.add("?"));
    return transactions.inTransaction("look for stored codes", connection -> Sql.list(connection,
        "SELECT code_digest FROM vouchers_vouchers WHERE code_digest IN " + marks,
        s -> {
          for (int i = 0; i < digests.size(); i++) {
            s.setBytes(i + 1, digests.get(i).bytes());
          }
        }, row -> CodeDigest.of(row.getBytes(1))));
  }

  /** The portable writer: batched inserts (H2, and any database without COPY). */
  static final class BatchInsert implements NewVoucherWriter {
    static final String INSERT = "INSERT INTO vouchers_vouchers (id, order_id, partner_id,"
        + " product_id, validity_years, fqdns, wildcards, code_digest, code_last_four,"
        + " code_sealed, status, issued_at, expires_at, code_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?)";
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

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<Order> order(OrderId id) {
    return transactions.inTransaction("read order " + id, connection -> {
      Map<String, List<OrderLine>> lines = lines(connection, List.of(id.value()));
      return Sql.one(connection, SELECT_ORDER, s -> s.setString(1, id.value()),
          row -> Rows.orderHead(row).with(lines.get(id.value())));
    });
  }

  /** The lines of the orders, by order id. */
  private static Map<String, List<OrderLine>> lines(Connection connection, List<String> orders)
      throws SQLException {
    if (orders.isEmpty()) {
      return Map.of();
    }
    StringJoiner marks = new StringJoiner(", ", "(", ")");
    orders.forEach(o -> marks.add("?"));
    Map<String, List<OrderLine>> lines = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT " + Rows.LINE_COLUMNS
        + " FROM vouchers_order_lines WHERE order_id IN " + marks + " ORDER BY order_id,"
        + " line_number")) {
      for (int i = 0; i < orders.size(); i++) {
        s.setString(i + 1, orders.get(i));
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          lines.computeIfAbsent(rows.getString("order_id"), k -> new ArrayList<>())
              .add(Rows.line(rows));
        }
      }
    }
    return lines;
  }

  @Override
  public Optional<Order> orderByNumber(OrderNumber number) {
    return transactions.inTransaction("read order number " + number, connection -> {
      Optional<Rows.OrderHead> head = Sql.one(connection, SELECT_ORDER_BY_NUMBER,
          s -> s.setLong(1, number.value()), Rows::orderHead);
      if (head.isEmpty()) {
        return Optional.<Order>empty();
      }
      Map<String, List<OrderLine>> lines = lines(connection, List.of(head.get().id()));
      return Optional.of(head.get().with(lines.get(head.get().id())));
    });
  }

  /**
   * M-4, L-1: the numbers of a page's orders in one query by their primary key ({@code id IN
   * (?, ...)}, one mark per order).
   */
  @Override
  public Map<OrderId, OrderNumber> orderNumbers(Set<OrderId> orders) {
    if (orders.isEmpty()) {
      return Map.of();
    }
    List<OrderId> ids = List.copyOf(orders);
    StringJoiner marks = new StringJoiner(", ", "(", ")");
    ids.forEach(o -> marks.add("?"));
    return transactions.inAutoCommit("read the numbers of " + ids.size() + " orders",
        connection -> {
          Map<OrderId, OrderNumber> numbers = new HashMap<>();
          for (Map.Entry<OrderId, OrderNumber> found : Sql.list(connection,
              "SELECT id, order_number FROM vouchers_orders WHERE id IN " + marks, s -> {
                for (int i = 0; i < ids.size(); i++) {
                  s.setString(i + 1, ids.get(i).value());
                }
              }, row -> Map.entry(new OrderId(row.getString("id")),
                  new OrderNumber(row.getLong("order_number"))))) {
            numbers.put(found.getKey(), found.getValue());
          }
          return numbers;
        });
  }

  @Override
  public Optional<Voucher> voucher(VoucherId id) {
    return transactions.inAutoCommit("read voucher " + id, connection ->
        Sql.one(connection, SELECT_VOUCHER, s -> s.setString(1, id.value()), Rows::voucher));
  }

  @Override
  public Optional<Voucher> voucherByCode(CodeDigest code) {
    return transactions.inAutoCommit("find a voucher by code", connection ->
        Sql.one(connection, SELECT_BY_CODE, s -> s.setBytes(1, code.bytes()), Rows::voucher));
  }

  @Override
  public Optional<Voucher> voucherByLink(CodeDigest link) {
    return transactions.inAutoCommit("find a voucher by activation link", connection ->
        Sql.one(connection, SELECT_BY_LINK, s -> s.setBytes(1, link.bytes()), Rows::voucher));
  }

  @Override
  public List<Voucher> vouchersOf(OrderId order, Optional<VoucherId> after, int limit) {
    return transactions.inAutoCommit("read a page of the vouchers of order " + order,
        connection -> Sql.list(connection, SELECT_PAGE_OF_ORDER, s -> {
          s.setString(1, order.value());
          s.setString(2, after.map(VoucherId::value).orElse("")); // every id sorts after ""
          s.setInt(3, limit);
        }, Rows::voucher));
  }

  @Override
  public OrderTally tally(OrderId order, Instant asOf) {
    List<TallyGroup> groups = transactions.inAutoCommit("tally the vouchers of order " + order,
        connection -> Sql.list(connection, TALLY_ORDER, s -> {
          Sql.setInstant(s, 1, asOf);
          s.setString(2, order.value());
        }, row -> new TallyGroup(VoucherStatus.valueOf(row.getString("status")),
            row.getBoolean("due"), row.getBoolean("ever_redeemed"), row.getLong("vouchers"))));
    Map<VoucherStatus, Long> counts = new EnumMap<>(VoucherStatus.class);
    long everRedeemed = 0;
    for (TallyGroup group : groups) {
      counts.merge(OrderTally.seenAs(group.status(), group.due()), group.vouchers(), Long::sum);
      everRedeemed += group.everRedeemed() ? group.vouchers() : 0;
    }
    return new OrderTally(counts, everRedeemed, asOf);
  }

  /** One row of {@link #TALLY_ORDER}. */
  private record TallyGroup(VoucherStatus status, boolean due, boolean everRedeemed,
      long vouchers) {}

  @Override
  public void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    // S-1: a cursor read in FETCH_SIZE steps (PostgreSQL streams only without auto-commit);
    // not retried, since the sink has seen the rows already
    transactions.once("stream the codes of order " + order, connection -> {
      try (PreparedStatement s = connection.prepareStatement(SELECT_CODES_OF_ORDER)) {
        s.setFetchSize(FETCH_SIZE);
        s.setString(1, order.value());
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            sink.accept(Rows.orderCode(rows));
          }
        }
      }
      return null;
    });
  }

  @Override
  public List<HistoryEntry> history(VoucherId voucher) {
    return transactions.inAutoCommit("read the history of voucher " + voucher, connection ->
        Sql.list(connection, SELECT_HISTORY, s -> s.setString(1, voucher.value()), Rows::history));
  }

  /**
   * V-4, V-2 on PostgreSQL: one statement per batch. The due vouchers are locked with
   * {@code FOR UPDATE SKIP LOCKED} (another sweep's or a move's rows are skipped, not waited
   * for; a row moved meanwhile no longer matches), written EXPIRED with the next version (found
   * again by the locked row versions' {@code ctid}s, a TID scan: no join over the table), and
   * their history rows appended from what the update returns: the entry
   * {@link AbstractVoucher#expiryEntry} makes, its data ({@code expiresAt=} the expiry as
   * {@link Instant#toString()} prints it, URL-encoded) formatted in SQL from the microseconds
   * the column holds.
   */
  static final String EXPIRE_POSTGRESQL = "WITH due AS (SELECT ctid AS at, status"
      + " FROM vouchers_vouchers WHERE " + expiringStatuses("") + " AND expires_at <= ?"
      + " ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED),"
      + " moved AS (UPDATE vouchers_vouchers v SET status = ?, version = v.version + 1"
      + " FROM due WHERE v.ctid = ANY (ARRAY(SELECT at FROM due)) AND v.ctid = due.at"
      + " RETURNING v.id, v.partner_id, due.status AS from_status,"
      + " v.expires_at, v.expires_at AT TIME ZONE 'UTC' AS utc),"
      + " history AS (INSERT INTO vouchers_history (" + Rows.HISTORY_COLUMNS + ")"
      + " SELECT id, from_status, ?, ?, ?, ?, ? || to_char(utc, 'YYYY-MM-DD\"T\"HH24\"%3A\"MI"
      + "\"%3A\"SS') || CASE WHEN to_char(utc, 'US') = '000000' THEN ''"
      + " WHEN to_char(utc, 'US') LIKE '%000' THEN '.' || to_char(utc, 'MS')"
      + " ELSE '.' || to_char(utc, 'US') END || 'Z' FROM moved" + EventRows.HISTORY_RETURNING
      + "), events AS (" + EventRows.fromVoucherHistory("history") + ")"
      + " SELECT id, partner_id, from_status, expires_at FROM moved";

  /**
   * V-4 on H2: the due vouchers written EXPIRED with the next version, read as they were
   * before ({@code OLD TABLE}). H2 re-checks the condition of a row it had to wait for, so a
   * row another sweep or a move changed meanwhile is normally left out; should a row come back
   * that the domain refuses to expire (seen once in CI with H2 2.5: a row redeemed meanwhile),
   * the transaction is rolled back and retried as H2's own concurrent update would be. The
   * history rows follow from the domain's move of each row, in the same transaction.
   */
  static final String EXPIRE_H2 = "SELECT " + Rows.VOUCHER_COLUMNS + " FROM OLD TABLE ("
      + "UPDATE vouchers_vouchers SET status = ?, version = version + 1 WHERE "
      + expiringStatuses("") + " AND expires_at <= ? AND id IN (SELECT id FROM vouchers_vouchers"
      + " WHERE " + expiringStatuses("") + " AND expires_at <= ? ORDER BY expires_at, id"
      + " LIMIT ?))";

  @Override
  public List<Expiry> expireDue(Instant now, Actor by, int limit) {
    if (dialect == Dialect.H2) {
      return transactions.inTransaction("expire due vouchers", connection -> {
        List<Voucher> before = Sql.list(connection, EXPIRE_H2, s -> {
          s.setString(1, EXPIRY_TARGET.name());
          Sql.setInstant(s, 2, now);
          Sql.setInstant(s, 3, now);
          s.setInt(4, limit);
        }, Rows::voucher);
        List<Expiry> expired = new ArrayList<>(before.size());
        try (PreparedStatement s = connection.prepareStatement(INSERT_HISTORY)) {
          for (Voucher voucher : before) {
            var expiry = voucher.expire(by, now);
            if (expiry.isLeft()) {
              // V-7: H2 updated a row that a concurrent move changed after the statement read
              // it (seen as REDEEMED here): H2's concurrent-update state, so the transaction
              // is rolled back and the sweep tried again, which no longer finds the voucher due
              throw new SQLException("voucher " + voucher.id() + " moved while it was being"
                  + " expired: " + expiry.getLeft(), "90131");
            }
            VoucherMove move = expiry.get();
            Rows.bindHistory(s, 1, move.entry(), true);
            s.addBatch();
            expired.add(new Expiry(voucher.partner(), move.entry()));
          }
          if (!before.isEmpty()) {
            s.executeBatch();
          }
        }
        EventRows.insertMoves(connection, expired.stream().map(Expiry::entry).toList());
        return expired;
      });
    }
    String expiredAtKey = Rows.encode(Map.of(AbstractVoucher.EXPIRED_AT, "")); // "expiresAt="
    return transactions.inTransaction("expire due vouchers", connection ->
        Sql.list(connection, EXPIRE_POSTGRESQL, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, limit);
          s.setString(3, EXPIRY_TARGET.name());
          s.setString(4, EXPIRY_TARGET.name());
          Sql.setInstant(s, 5, now);
          s.setString(6, by.describe());
          s.setString(7, AbstractVoucher.EXPIRED);
          s.setString(8, expiredAtKey);
        }, row -> new Expiry(new PartnerId(Sql.string(row, "partner_id")),
            AbstractVoucher.expiryEntry(VoucherId.of(Sql.string(row, "id")),
                VoucherStatus.valueOf(Sql.string(row, "from_status")),
                Sql.instant(row, "expires_at"), by, now))));
  }

  /**
   * M-2: the stored statuses an extension starts from ({@link Transition#extendable()}), bound
   * in this order, never literals.
   */
  static final List<VoucherStatus> EXTENDABLE = List.copyOf(Transition.extendable());

  /**
   * M-2, V-2: the status a voucher written EXPIRED returns to: the source of its last EXPIRE
   * entry, found by the history's primary key (voucher_id, id); the statuses are bound.
   */
  private static String beforeExpiry(String voucher) {
    return "(SELECT h.from_status FROM vouchers_history h WHERE h.voucher_id = " + voucher
        + " AND h.to_status = ? ORDER BY h.id DESC LIMIT 1)";
  }

  /** "status IN (?, ?, ?)" for {@link #EXTENDABLE}. */
  private static String extendable() {
    return "status IN (" + String.join(", ", java.util.Collections.nCopies(EXTENDABLE.size(),
        "?")) + ")";
  }

  /**
   * M-2, L-2: the next batch of an order's vouchers to extend, in id order after a cursor
   * (vouchers_vouchers_by_order), held ({@code FOR UPDATE}) until the batch is written, each
   * with the status it expired from.
   */
  static final String SELECT_EXTENDABLE = "SELECT " + Rows.VOUCHER_COLUMNS + ", "
      + beforeExpiry("v.id") + " AS before_expiry FROM vouchers_vouchers v"
      + " WHERE order_id = ? AND id > ? AND " + extendable() + " AND expires_at < ?"
      + " ORDER BY id LIMIT ? FOR UPDATE";

  /**
   * M-2, L-2: one UPDATE per batch: the held vouchers (the same condition, between the cursor
   * and the batch's last id) get the new expiry and the next version; one written EXPIRED
   * returns to the status it expired from (VALID when none is on record), as
   * {@link dev.vouchers.core.voucher.domain.AbstractVoucher#extendExpiry} decides.
   */
  static final String EXTEND_EXPIRY = "UPDATE vouchers_vouchers SET expires_at = ?,"
      + " version = version + 1, status = CASE WHEN status = ? THEN COALESCE("
      + beforeExpiry("vouchers_vouchers.id") + ", ?) ELSE status END"
      + " WHERE order_id = ? AND id > ? AND id <= ? AND " + extendable() + " AND expires_at < ?";

  @Override
  public List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    String from = after.map(VoucherId::value).orElse("");
    String expired = Transition.EXPIRE.to().name();
    return transactions.inTransaction("extend the expiry of vouchers of order " + order,
        connection -> {
          List<VoucherMove> moves = Sql.list(connection, SELECT_EXTENDABLE, s -> {
            int i = 1;
            s.setString(i++, expired);
            s.setString(i++, order.value());
            s.setString(i++, from);
            for (VoucherStatus status : EXTENDABLE) {
              s.setString(i++, status.name());
            }
            Sql.setInstant(s, i++, extension.until());
            s.setInt(i, limit);
          }, row -> {
            Voucher voucher = Rows.voucher(row);
            Optional<VoucherStatus> before = Optional.ofNullable(row.getString("before_expiry"))
                .map(VoucherStatus::valueOf);
            return extension.move(voucher, before).getOrElseThrow(refusal ->
                new SQLException("an extendable voucher was refused: " + refusal));
          });
          if (moves.isEmpty()) {
            return List.<HistoryEntry>of();
          }
          String last = moves.get(moves.size() - 1).after().id().value();
          int updated = Sql.update(connection, EXTEND_EXPIRY, s -> {
            int i = 1;
            Sql.setInstant(s, i++, extension.until());
            s.setString(i++, expired);
            s.setString(i++, expired);
            s.setString(i++, Transition.EXTEND_VALID.to().name());
            s.setString(i++, order.value());
            s.setString(i++, from);
            s.setString(i++, last);
            for (VoucherStatus status : EXTENDABLE) {
              s.setString(i++, status.name());
            }
            Sql.setInstant(s, i, extension.until());
          });
          if (updated != moves.size()) {
            // the rows were held: a different count is a broken invariant, nothing is kept
            throw new SQLException("extended " + updated + " vouchers of order " + order
                + " instead of the " + moves.size() + " held");
          }
          List<HistoryEntry> entries = new ArrayList<>(moves.size());
          try (PreparedStatement s = connection.prepareStatement(INSERT_HISTORY)) {
            for (VoucherMove move : moves) {
              Rows.bindHistory(s, 1, move.entry(), true);
              s.addBatch();
              entries.add(move.entry());
            }
            s.executeBatch();
          }
          EventRows.insertMoves(connection, entries); // M-5
          return entries;
        });
  }

  @Override
  public long codeCount() {
    return transactions.inAutoCommit("read the code counter", connection ->
        Sql.one(connection, SUM_CODES, s -> { }, row -> row.getLong("codes")).orElse(0L));
  }

  // ------------------------------------------------------------------ M-3 support search

  /** M-3: a recipient or last-four search: one range, paged like a listing (ADR 0054). */
  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    List<Listing.Range> ranges = List.of(JdbcVoucherSearches.voucherRange(dialect, search));
    return transactions.inTransaction("search vouchers " + search, connection ->
        Listing.page(connection, "vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at", ranges,
            page, Rows::voucher, Voucher::issuedAt, v -> v.id().value()));
  }

  /** M-3: the next orders of a customer-name or notes search, newest first. */
  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    Listing.Statements statement = JdbcVoucherSearches.orders(dialect, search, after, limit);
    return transactions.inTransaction("search orders " + search, connection -> {
      List<Rows.OrderHead> heads = Sql.list(connection, statement.rows(),
          s -> Listing.bind(s, statement.rowParameters()), Rows::orderHead);
      Map<String, List<OrderLine>> lines =
          lines(connection, heads.stream().map(Rows.OrderHead::id).toList());
      return heads.stream().map(head -> head.with(lines.get(head.id()))).toList();
    });
  }

  /** M-3, L-1: the vouchers of the matching orders, counted up to the cap. */
  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    Listing.Statements statement = JdbcVoucherSearches.countOfOrders(dialect, search);
    return transactions.inTransaction("count a search " + search, connection -> {
      if (dialect == Dialect.POSTGRESQL) {
        Sql.update(connection, JdbcVoucherSearches.COUNT_WITHOUT_PARALLEL_WORKERS, s -> { });
      }
      return Page.Total.counted(Sql.one(connection, statement.count(),
          s -> Listing.bind(s, statement.countParameters()), row -> row.getLong(1))
          .orElse(0L));
    });
  }

  // ------------------------------------------------------------------ O-5 pages

  @Override
  public Page<Order> orders(OrderFilter filter, PageRequest page) {
    List<Listing.Range> ranges = orderRanges(filter);
    return transactions.inTransaction("list orders of " + filter.partner(), connection -> {
      Page<Rows.OrderHead> heads = Listing.page(connection, "vouchers_orders",
          Rows.ORDER_COLUMNS, "placed_at", ranges, page, Rows::orderHead,
          Rows.OrderHead::placedAt, Rows.OrderHead::id);
      Map<String, List<OrderLine>> lines =
          lines(connection, heads.items().stream().map(Rows.OrderHead::id).toList());
      return heads.map(head -> head.with(lines.get(head.id())));
    });
  }

  /**
   * O-5, L-1 (ADR 0031): the partner's range of {@code vouchers_orders_by_partner}, or one range
   * per status of {@code vouchers_orders_by_partner_status}; a product filter is checked per
   * order within the range (its lines, by primary key).
   */
  static List<Listing.Range> orderRanges(OrderFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.product().isPresent()) {
      partner = partner.and("EXISTS (SELECT 1 FROM vouchers_order_lines l"
          + " WHERE l.order_id = vouchers_orders.id AND l.product_id = ?)",
          filter.product().get().value());
    }
    List<Listing.Range> ranges = new ArrayList<>();
    if (filter.statuses().isEmpty()) {
      ranges.add(partner); // vouchers_orders_by_partner
    }
    for (OrderStatus status : new TreeSet<>(filter.statuses())) {
      ranges.add(partner.and("status = ?", status.name()));
    }
    return ranges;
  }

  @Override
  public Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    List<Listing.Range> ranges = voucherRanges(filter);
    return transactions.inTransaction("list vouchers of " + filter.partner(), connection ->
        Listing.page(connection, "vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at", ranges,
            page, Rows::voucher, Voucher::issuedAt, v -> v.id().value()));
  }

  /**
   * O-5, L-1: the index ranges of a voucher listing (ADR 0031). Without a filter, the partner's
   * range of {@code vouchers_vouchers_by_partner}; with a status filter, one range per status of
   * {@code vouchers_vouchers_by_partner_status}; with a product, one range per status of
   * {@code vouchers_vouchers_by_partner_product} (every status when none is asked for). V-4:
   * statuses as seen at {@code asOf}: an expiring status lists its vouchers that are not yet
   * due, and EXPIRED adds the due ones not yet swept ({@link #EXPIRING}, the partial index
   * {@code vouchers_vouchers_due}: as many as the sweep has yet to write).
   */
  static List<Listing.Range> voucherRanges(VoucherFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.product().isPresent()) {
      partner = partner.and("product_id = ?", filter.product().get().value());
    }
    if (filter.order().isPresent()) {
      partner = partner.and("order_id = ?", filter.order().get().value());
    }
    Set<VoucherStatus> statuses = filter.statuses();
    if (statuses.isEmpty()) {
      if (filter.product().isEmpty()) {
        return List.of(partner);
      }
      statuses = EnumSet.allOf(VoucherStatus.class);
    }
    List<Listing.Range> ranges = new ArrayList<>();
    for (VoucherStatus status : EnumSet.copyOf(statuses)) {
      Listing.Range range = partner.and("status = ?", status.name());
      if (filter.statuses().isEmpty()) {
        ranges.add(range); // every status: no expiry to tell apart
        continue;
      }
      ranges.add(status.expires() ? range.and("expires_at > ?", filter.asOf()) : range);
      if (status == EXPIRY_TARGET) {
        ranges.add(partner.and(EXPIRING + " AND expires_at <= ?", filter.asOf()));
      }
    }
    return ranges;
  }

  /** V-4: the status an expiring voucher is written with, as the domain's expiry move makes it. */
  static final VoucherStatus EXPIRY_TARGET = Transition.EXPIRE.to();

  /**
   * V-4: the statuses that expire (the sources of {@link Transition#EXPIRE}, which
   * {@link VoucherStatus#expires} reads) as a SQL condition, rendered from the domain. Written into the statement rather than bound, so that the planner matches
   * the partial index {@code vouchers_vouchers_due}, whose predicate is the same condition
   * ({@code DerivedStatusListsTest} checks that the schema file says the same).
   */
  static final String EXPIRING = expiringStatuses("");

  static String expiringStatuses(String prefix) {
    StringJoiner statuses = new StringJoiner("', '", prefix + "status IN ('", "')");
    for (VoucherStatus status : Transition.EXPIRE.from()) {
      statuses.add(status.name());
    }
    return statuses.toString();
  }

  // ------------------------------------------------------------------ V-7 moves

  @Override
  public boolean update(VoucherUpdate update) {
    String what = "update voucher " + update.before().id();
    if (dialect == Dialect.POSTGRESQL) {
      // one statement, one round trip: the conditional update with its history and outbox rows
      return transactions.inAutoCommit(what, connection -> {
        try (PreparedStatement s = connection.prepareStatement(moveStatement(update))) {
          int i = Rows.bindChange(s, 1, update.after());
          s.setString(i++, update.before().id().value());
          s.setLong(i++, update.before().version());
          if (update.history().isPresent()) {
            i = Rows.bindHistory(s, i, update.history().get(), false);
          }
          for (ActivationMessage message : update.outbox()) {
            i = JdbcOutbox.bindMessage(s, i, message);
          }
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() && rows.getInt(1) == 1;
          }
        }
      });
    }
    return transactions.inTransaction(what, connection -> {
      int changed = Sql.update(connection, UPDATE_VOUCHER, s -> {
        int i = Rows.bindChange(s, 1, update.after());
        s.setString(i++, update.before().id().value());
        s.setLong(i, update.before().version());
      });
      if (changed == 0) {
        return false;
      }
      if (update.history().isPresent()) {
        Sql.update(connection, INSERT_HISTORY,
            s -> Rows.bindHistory(s, 1, update.history().get(), true));
        EventRows.insert(connection, EventRows.moved(update.history().get())); // M-5
      }
      for (ActivationMessage message : update.outbox()) {
        Sql.update(connection, JdbcOutbox.INSERT, s -> JdbcOutbox.bindMessage(s, 1, message));
      }
      return true;
    });
  }

  /** PostgreSQL: UPDATE ... RETURNING feeding the history and outbox inserts, in one statement. */
  private static String moveStatement(VoucherUpdate update) {
    StringBuilder sql = new StringBuilder("WITH moved AS (").append(UPDATE_VOUCHER)
        .append(" RETURNING id)");
    if (update.history().isPresent()) {
      sql.append(", history AS (INSERT INTO vouchers_history (").append(Rows.HISTORY_COLUMNS)
          .append(") SELECT id, ?, ?, ?, ?, ?, ? FROM moved").append(EventRows.HISTORY_RETURNING)
          .append("), events AS (").append(EventRows.fromVoucherHistory("history")).append(")");
    }
    for (int i = 0; i < update.outbox().size(); i++) {
      sql.append(", outbox").append(i).append(" AS (INSERT INTO vouchers_outbox (")
          .append(JdbcOutbox.COLUMNS).append(") SELECT ").append(JdbcOutbox.MARKS)
          .append(" FROM moved)");
    }
    return sql.append(" SELECT COUNT(*) FROM moved").toString();
  }

  /**
   * PostgreSQL: the redemption decided and written where the data is, in one statement: find
   * the voucher version that is redeemable now, move exactly that version, append its history,
   * return it.
   *
   * <p>No row lock is taken before the write ({@code FOR UPDATE} cost a third of the
   * throughput at 16 threads): the update names the version it read by its {@code ctid} and
   * repeats the status and expiry conditions. A concurrent writer that came first makes
   * PostgreSQL re-check the newest version of the row; its status is then no longer the one
   * read (or no longer redeemable), so nothing is written, and the caller reads to say why
   * (V-7). The status read is the status moved from, as the history row records it.
   */
  static final String REDEEM_POSTGRESQL = "WITH before AS (SELECT ctid AS at, status"
      + " FROM vouchers_vouchers WHERE code_digest IN (?) AND " + REDEEMABLE.sql("") + "),"
      + " moved AS (UPDATE vouchers_vouchers v SET status = ?, ever_redeemed = TRUE,"
      + " version = v.version + 1 FROM before WHERE v.ctid = before.at"
      + " AND v.status = before.status AND " + REDEEMABLE.sql("v.") + " RETURNING "
      + prefixed("v.", Rows.VOUCHER_COLUMNS) + ", before.status AS from_status),"
      + " history AS (INSERT INTO vouchers_history (" + Rows.HISTORY_COLUMNS + ")"
      + " SELECT id, from_status, ?, ?, ?, ?, '' FROM moved" + EventRows.HISTORY_RETURNING
      + "), events AS (" + EventRows.fromVoucherHistory("history") + ")"
      + " SELECT * FROM moved";

  /**
   * H2: the conditional write of a redemption as a query of the rows it changed, as they were
   * before ({@code OLD TABLE}): one statement that writes and says what it wrote from; the
   * voucher after it is the domain's move of that row, written in SQL the same way (status,
   * ever redeemed, version).
   */
  static final String REDEEM_H2 = "SELECT " + Rows.VOUCHER_COLUMNS + " FROM OLD TABLE ("
      + "UPDATE vouchers_vouchers SET status = ?, ever_redeemed = TRUE,"
      + " version = version + 1 WHERE code_digest IN (?) AND " + REDEEMABLE.sql("") + ")";

  private static String prefixed(String prefix, String columns) {
    StringJoiner out = new StringJoiner(", ");
    for (String column : columns.split(",")) {
      out.add(prefix + column.strip());
    }
    return out.toString();
  }

  /**
   * G-4: a statement whose one {@code code_digest IN (?)} takes the code's candidate digests
   * (one per key of the ring), so that the code is found in one round trip under whichever
   * key it is stored.
   */
  static String withCandidates(String sql, int candidates) {
    StringJoiner marks = new StringJoiner(", ", "code_digest IN (", ")");
    for (int i = 0; i < candidates; i++) {
      marks.add("?");
    }
    return sql.replace("code_digest IN (?)", marks.toString());
  }

  /** Binds the candidate digests from {@code first} on; the next index. */
  private static int bindCandidates(PreparedStatement s, int first, List<CodeDigest> candidates)
      throws SQLException {
    int i = first;
    for (CodeDigest candidate : candidates) {
      s.setBytes(i++, candidate.bytes());
    }
    return i;
  }

  @Override
  public Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    if (candidates.size() == 1) {
      return voucherByCode(candidates.get(0));
    }
    return transactions.inAutoCommit("find a voucher by code", connection ->
        Sql.one(connection, withCandidates(SELECT_BY_CODES, candidates.size()),
            s -> bindCandidates(s, 1, candidates), Rows::voucher));
  }

  @Override
  public Optional<Redemption> redeem(CodeDigest code, Actor by, Instant at) {
    return redeem(List.of(code), by, at);
  }

  @Override
  public Optional<Redemption> redeem(List<CodeDigest> candidates, Actor by, Instant at) {
    if (dialect == Dialect.H2) {
      return redeemOnH2(candidates, by, at);
    }
    return transactions.inAutoCommit("redeem a voucher by code", connection ->
        Sql.one(connection, withCandidates(REDEEM_POSTGRESQL, candidates.size()), s -> {
          int i = bindCandidates(s, 1, candidates);
          i = REDEEMABLE.bind(s, i, at);
          s.setString(i++, REDEEMABLE.target().name());
          i = REDEEMABLE.bind(s, i, at);
          s.setString(i++, REDEEMABLE.target().name());
          Sql.setInstant(s, i++, at);
          s.setString(i++, by.describe());
          s.setString(i, AbstractVoucher.REDEEMED);
        }, row -> new Redemption(Rows.voucher(row),
            // from_status follows the voucher's columns
            VoucherStatus.valueOf(row.getString(Rows.VOUCHER_COLUMN_COUNT + 1)))));
  }

  /**
   * H2: the conditional write ({@link #REDEEM_H2}) and the history row in one transaction. The
   * written row is the domain's move of the row as it was; should they ever disagree, the
   * transaction is rolled back and tried again (H2's concurrent-update state) rather than a
   * history written that does not match the row.
   */
  private Optional<Redemption> redeemOnH2(List<CodeDigest> candidates, Actor by, Instant at) {
    return transactions.inTransaction("redeem a voucher by code", connection -> {
      Optional<Voucher> before = Sql.one(connection,
          withCandidates(REDEEM_H2, candidates.size()), s -> {
            s.setString(1, REDEEMABLE.target().name());
            REDEEMABLE.bind(s, bindCandidates(s, 2, candidates), at);
          }, Rows::voucher);
      if (before.isEmpty()) {
        return Optional.<Redemption>empty();
      }
      // V-7: a row H2 hands back changed meanwhile is H2's concurrent update: rolled back and
      // tried again, never a written move the domain refuses
      VoucherMove move = before.get().markRedeemed(by, at).getOrElseThrow(refusal ->
          new SQLException("voucher " + before.get().id() + " moved while it was being"
              + " redeemed: " + refusal, "90131"));
      Sql.update(connection, INSERT_HISTORY, s -> Rows.bindHistory(s, 1, move.entry(), true));
      EventRows.insert(connection, EventRows.moved(move.entry())); // M-5
      return Optional.of(new Redemption(move.after(), move.entry().from()));
    });
  }

  /**
   * PostgreSQL, V-6, V-7: every cancellable voucher of the order moved and its history row
   * appended in one statement: read the order's cancellable vouchers with their status, move
   * exactly those versions (a concurrent writer that came first changed the status, so
   * PostgreSQL's re-check of the newest row version skips it and the count falls short), and
   * write one history row per moved voucher from the status it had.
   */
  static final String CANCEL_VOUCHERS_POSTGRESQL = "WITH before AS (SELECT id, status"
      + " FROM vouchers_vouchers WHERE order_id = ? AND " + CANCELLABLE.sql("") + "),"
      + " moved AS (UPDATE vouchers_vouchers v SET status = ?, version = v.version + 1"
      + " FROM before WHERE v.order_id = ? AND v.id = before.id AND v.status = before.status"
      + " AND " + CANCELLABLE.sql("v.") + " RETURNING v.id, before.status AS from_status),"
      + " history AS (INSERT INTO vouchers_history (" + Rows.HISTORY_COLUMNS + ")"
      + " SELECT id, from_status, ?, ?, ?, ?, ? FROM moved" + EventRows.HISTORY_RETURNING + ")"
      + " " + EventRows.fromVoucherHistory("history");

  /**
   * H2, V-6, V-7: the same in one statement: the history rows are inserted from the moved rows
   * as they were before ({@code OLD TABLE}); a row another transaction holds is waited for and
   * then re-checked. Only rows that were cancellable as read get a history row, so a row H2
   * should ever hand back changed meanwhile (seen once for the sweep) makes the count fall
   * short, and the whole cancellation is undone and decided again.
   */
  static final String CANCEL_VOUCHERS_H2 = EventRows.fromVoucherHistory(
      "FINAL TABLE (INSERT INTO vouchers_history ("
      + Rows.HISTORY_COLUMNS + ") SELECT id, status, ?, ?, ?, ?, ? FROM OLD TABLE ("
      + "UPDATE vouchers_vouchers SET status = ?, version = version + 1 WHERE order_id = ? AND "
      + CANCELLABLE.sql("") + ") WHERE " + CANCELLABLE.sql("") + ")");

  @Override
  public boolean cancel(OrderCancellation cancellation) {
    Order before = cancellation.before();
    Order after = cancellation.after();
    return transactions.inUndoableTransaction("cancel order " + before.id() + " with "
        + cancellation.vouchers() + " vouchers", (connection, undo) -> {
          int changed = Sql.update(connection, CANCEL_ORDER, s -> {
            s.setString(1, after.status().name());
            Sql.setInstant(s, 2, after.cancelledAt());
            s.setLong(3, after.version());
            s.setString(4, before.id().value());
            s.setLong(5, before.version());
          });
          if (changed == 0) {
            return false;
          }
          long moved = Sql.update(connection, dialect == Dialect.POSTGRESQL
              ? CANCEL_VOUCHERS_POSTGRESQL : CANCEL_VOUCHERS_H2, s -> bindCancel(s, cancellation));
          if (moved != cancellation.vouchers()) {
            LOG.debug("order {}: {} of {} vouchers could be cancelled; nothing is", before.id(),
                moved, cancellation.vouchers());
            undo.undo(); // V-6, V-7: a voucher moved meanwhile; nothing is cancelled
            return false;
          }
          EventRows.insert(connection, NewEvent.orderCancelled(before.id().value(),
              before.partner().value(), moved, cancellation.at())); // M-5
          return true;
        });
  }

  private void bindCancel(PreparedStatement s, OrderCancellation cancellation)
      throws SQLException {
    String orderId = cancellation.before().id().value();
    int i = 1;
    if (dialect == Dialect.POSTGRESQL) {
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      s.setString(i++, CANCELLABLE.target().name());
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      bindCancelHistory(s, i, cancellation);
    } else {
      i = bindCancelHistory(s, i, cancellation);
      s.setString(i++, CANCELLABLE.target().name());
      s.setString(i++, orderId);
      i = CANCELLABLE.bind(s, i, cancellation.at());
      CANCELLABLE.bind(s, i, cancellation.at());
    }
  }

  /** V-2: the parts of each history row that every voucher of a cancellation shares. */
  private static int bindCancelHistory(PreparedStatement s, int first,
      OrderCancellation cancellation) throws SQLException {
    int i = first;
    s.setString(i++, CANCELLABLE.target().name());
    Sql.setInstant(s, i++, cancellation.at());
    s.setString(i++, cancellation.byWhom());
    s.setString(i++, cancellation.why());
    s.setString(i++, Rows.encode(Map.of()));
    return i;
  }
}
