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
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
 *
 * <p>This class reads vouchers; the rest lives along its seams, each with its SQL next to the
 * code that runs it: {@link OrderReads} (O-3, M-4, S-1), {@link OrderInsertion} (O-4, C-1, M-4),
 * {@link VoucherMoves} (V-7, the redemption), {@link OrderCancellations} (V-6),
 * {@link ExpirySweeps} (V-4, M-2) and {@link VoucherListings} (O-5, M-3).
 */
final class JdbcVouchers implements Vouchers, UsageReports, PersonalData, VoucherSearches,
    CodeImports {
  /** Rows fetched per round trip when streaming (S-1). */
  static final int FETCH_SIZE = 1_000;

  static final String SELECT_VOUCHER = """
      SELECT %s
      FROM vouchers_vouchers WHERE id = ?""".formatted(Rows.VOUCHER_COLUMNS);
  static final String SELECT_BY_CODE = """
      SELECT %s
      FROM vouchers_vouchers WHERE code_digest = ?""".formatted(Rows.VOUCHER_COLUMNS);
  /** G-4: a voucher by its code's candidate digests: vouchers_vouchers_code_digest (unique). */
  static final String SELECT_BY_CODES = """
      SELECT %s
      FROM vouchers_vouchers WHERE code_digest IN (?)""".formatted(Rows.VOUCHER_COLUMNS);
  /** G-2: the voucher of a link token: vouchers_vouchers_link_digest (unique). */
  static final String SELECT_BY_LINK = """
      SELECT %s
      FROM vouchers_vouchers WHERE link_digest = ?""".formatted(Rows.VOUCHER_COLUMNS);
  static final String SELECT_OF_ORDER = """
      SELECT %s
      FROM vouchers_vouchers WHERE order_id = ? ORDER BY id""".formatted(Rows.VOUCHER_COLUMNS);
  /** O-3, L-2: one page of an order's vouchers by id: vouchers_vouchers_by_order. */
  static final String SELECT_PAGE_OF_ORDER = """
      SELECT %s
      FROM vouchers_vouchers WHERE order_id = ? AND id > ? ORDER BY id LIMIT ?""".formatted(
          Rows.VOUCHER_COLUMNS);

  /** C-1: the stored codes, as the sum of the counter's few stripes. */
  static final String SUM_CODES = """
      SELECT COALESCE(SUM(codes), 0) AS codes
      FROM vouchers_code_count""";

  static final String SELECT_HISTORY = """
      SELECT %s
      FROM vouchers_history WHERE voucher_id = ? ORDER BY id""".formatted(Rows.HISTORY_COLUMNS);

  /** V-2: one history row, shared by the moves, the sweeps and the extension. */
  static final String INSERT_HISTORY = """
      INSERT INTO vouchers_history (%s) VALUES (?, ?, ?, ?, ?, ?, ?)""".formatted(
          Rows.HISTORY_COLUMNS);

  private final Transactions transactions;
  private final Dialect dialect;
  private final OrderInsertion insertion;
  private final VoucherMoves moves;
  private final OrderCancellations cancellations;
  private final ExpirySweeps sweeps;
  private final VoucherListings listings;
  private final OrderReads orders;
  private final JdbcUsageReports usageReports;

  JdbcVouchers(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.insertion = new OrderInsertion(transactions, dialect);
    this.moves = new VoucherMoves(transactions, dialect);
    this.cancellations = new OrderCancellations(transactions, dialect);
    this.sweeps = new ExpirySweeps(transactions, dialect);
    this.listings = new VoucherListings(transactions, dialect);
    this.orders = new OrderReads(transactions, dialect);
    this.usageReports = new JdbcUsageReports(transactions, dialect);
  }

  /** M-6: the usage report's grouped query ({@link JdbcUsageReports}, ADR 0050). */
  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    usageReports.usage(query, sink);
  }

  /** E-1: erasure of personal data ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    return new JdbcPersonalData(transactions, dialect).erase(subject, at, by);
  }

  /** E-1: the automatic erasure ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    return new JdbcPersonalData(transactions, dialect).eraseClosed(closedBefore, at, by, limit);
  }

  /** E-1: the recorded erasures ({@link JdbcPersonalData}, ADR 0052). */
  @Override
  public List<ErasureRecord> erasures(int limit) {
    return new JdbcPersonalData(transactions, dialect).erasures(limit);
  }

  /** M-1: the import of codes through a staging table ({@link JdbcCodeImports}, ADR 0053). */
  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> vouchers, int limit) {
    return new JdbcCodeImports(transactions, dialect).importOrder(order, vouchers, limit);
  }

  // ------------------------------------------------------------------ writes, along their seams

  /** O-4, C-1, M-4: {@link OrderInsertion}. */
  @Override
  public Set<CodeDigest> insertOrder(Order order, List<Voucher> vouchers) {
    return insertion.insertOrder(order, vouchers);
  }

  /** V-7: {@link VoucherMoves}. */
  @Override
  public boolean update(VoucherUpdate update) {
    return moves.update(update);
  }

  /** V-1, V-7: {@link VoucherMoves}, one statement on PostgreSQL. */
  @Override
  public Optional<Redemption> redeem(CodeDigest code, Actor by, Instant at) {
    return moves.redeem(List.of(code), by, at);
  }

  /** V-1, V-7, G-4: {@link VoucherMoves}, under whichever key the code is stored. */
  @Override
  public Optional<Redemption> redeem(List<CodeDigest> candidates, Actor by, Instant at) {
    return moves.redeem(candidates, by, at);
  }

  /** V-6, V-7: {@link OrderCancellations}. */
  @Override
  public boolean cancel(OrderCancellation cancellation) {
    return cancellations.cancel(cancellation);
  }

  /** V-4: {@link ExpirySweeps}. */
  @Override
  public List<Expiry> expireDue(Instant now, Actor by, int limit) {
    return sweeps.expireDue(now, by, limit);
  }

  /** M-2: {@link ExpirySweeps}. */
  @Override
  public List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    return sweeps.extendExpiry(order, extension, after, limit);
  }

  // ------------------------------------------------------------------ listings and searches

  /** O-5: {@link VoucherListings}. */
  @Override
  public Page<Order> orders(OrderFilter filter, PageRequest page) {
    return listings.orders(filter, page);
  }

  /** O-5, V-4: {@link VoucherListings}. */
  @Override
  public Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    return listings.vouchers(filter, page);
  }

  /** M-3: {@link VoucherListings}. */
  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    return listings.vouchersMatching(search, page);
  }

  /** M-3: {@link VoucherListings}. */
  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    return listings.ordersMatching(search, after, limit);
  }

  /** M-3, L-1: {@link VoucherListings}. */
  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    return listings.vouchersOfOrdersMatching(search);
  }

  // ------------------------------------------------------------------ reads

  /** O-3: {@link OrderReads}. */
  @Override
  public Optional<Order> order(OrderId id) {
    return orders.order(id);
  }

  /** M-4: {@link OrderReads}. */
  @Override
  public Optional<Order> orderByNumber(OrderNumber number) {
    return orders.orderByNumber(number);
  }

  /** M-4, L-1: {@link OrderReads}. */
  @Override
  public Map<OrderId, OrderNumber> orderNumbers(Set<OrderId> ids) {
    return orders.orderNumbers(ids);
  }

  /** V-6, O-3, L-2: {@link OrderReads}. */
  @Override
  public OrderTally tally(OrderId order, Instant asOf) {
    return orders.tally(order, asOf);
  }

  /** S-1, L-2: {@link OrderReads}. */
  @Override
  public void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    orders.forEachCodeOf(order, sink);
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
  public List<HistoryEntry> history(VoucherId voucher) {
    return transactions.inAutoCommit("read the history of voucher " + voucher, connection ->
        Sql.list(connection, SELECT_HISTORY, s -> s.setString(1, voucher.value()), Rows::history));
  }

  /** C-4, G-4: the candidate digests in one query ({@link VoucherMoves}). */
  @Override
  public Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    return moves.voucherByCode(candidates);
  }

  @Override
  public long codeCount() {
    return transactions.inAutoCommit("read the code counter", connection ->
        Sql.one(connection, SUM_CODES, s -> { }, row -> row.getLong("codes")).orElse(0L));
  }
}
