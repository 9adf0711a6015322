// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageFigure;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.StringJoiner;
import java.util.Map;
import java.util.function.Consumer;

/**
 * M-6: the usage report as one grouped query (ADR 0050), on H2 and PostgreSQL.
 * The events ({@link UsageKind}) are three selections of one partner's vouchers (or every
 * partner's), joined in a {@code UNION ALL}: the vouchers issued in the interval, the moves of
 * the history into ASSIGNED (from another status), REDEEMED and CANCELLED in the interval, and
 * the vouchers expired (as seen at the report's instant, V-4) whose expiry is in the interval.
 * Each event takes the unit price of its order line (T-4); the events are grouped by partner,
 * product configuration, UTC period and currency, with one count and one sum per kind, and
 * streamed in {@link UsageRow#ORDER}. Statuses are bound from the move table ({@link
 * Transition}, {@link UsageKind#countedMoveTargets()}), never written in the statement (ADR
 * 0045).
 *
 * <p>Scope and indexes: every selection starts from {@code vouchers_vouchers} with the
 * partner and {@code issued_at < to} (a voucher has no event before it is issued), ranges of
 * {@code vouchers_vouchers_by_partner} (or {@code _by_partner_status}); the history is read by
 * its primary key (voucher, id) for each of those vouchers, and the order line by the lines'
 * primary key (order, line) for each event. A partner's report never reads another partner's
 * vouchers, moves or lines ({@code ExplainUsageTest}).
 */
final class JdbcUsageReports implements UsageReports {
  /** What a parameter of the report's statement is bound to, besides a voucher status. */
  enum Slot {
    /** The partner's id. */
    PARTNER,
    /** The interval's first instant. */
    FROM,
    /** The interval's end (not included). */
    TO,
    /** The instant statuses are seen at (V-4). */
    AS_OF
  }

  /**
   * The report's statement and what each of its parameters is bound to, in order: a
   * {@link Slot} or a {@link VoucherStatus} (bound by name, from the move table).
   *
   * @param sql the statement
   * @param parameters one per {@code ?}
   */
  record Statement(String sql, List<Object> parameters) {}

  private final Transactions transactions;
  private final Dialect dialect;
  /**
   * The dialect's statements, built once per store, not in a static initializer: a class's
   * static state is built once per JVM, so a mutation test of the builder (docs/mutation.md)
   * would never see its mutants run.
   */
  private final Map<String, Statement> statements = new HashMap<>();

  JdbcUsageReports(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
    for (UsageBucket bucket : UsageBucket.values()) {
      statements.put(key(dialect, true, bucket), statement(dialect, true, bucket));
      statements.put(key(dialect, false, bucket), statement(dialect, false, bucket));
    }
  }

  private static String key(Dialect dialect, boolean scoped, UsageBucket bucket) {
    return dialect.id() + (scoped ? "/partner/" : "/all/") + bucket.name();
  }

  /**
   * The report's statement for one partner ({@code scoped}) or every partner, by day or month.
   * On PostgreSQL a partner's moves are read per voucher of the partner through a
   * {@code LATERAL} subquery that the planner may not flatten ({@code OFFSET 0}): the history's
   * primary key for each voucher, never a hash join over the whole history. The order line's
   * price is a correlated subquery per event on every database: the lines' primary key.
   */
  static Statement statement(Dialect dialect, boolean scoped, UsageBucket bucket) {
    List<Object> parameters = new ArrayList<>();
    // issued: the vouchers bought in the interval
    String issued = """
        SELECT %s, v.issued_at AS at, %d AS kind FROM vouchers_vouchers v
        WHERE %sv.issued_at >= ? AND v.issued_at < ?""".formatted(
        VOUCHER, UsageKind.ISSUED.ordinal(), scope(scoped, parameters));
    parameters.addAll(List.of(Slot.FROM, Slot.TO));
    // assigned, redeemed, cancelled: the recorded moves into them in the interval (V-2)
    List<VoucherStatus> targets = UsageKind.countedMoveTargets().stream().sorted().toList();
    StringJoiner kinds = new StringJoiner(" ");
    for (VoucherStatus target : targets) {
      VoucherStatus from = VoucherStatus.sourcesOf(target).stream()
          .filter(source -> source != target).findFirst().orElseThrow();
      kinds.add("WHEN ? THEN " + UsageKind.ofMove(from, target).orElseThrow().ordinal());
      parameters.add(target);
    }
    String moves = """
        h.moved_at >= ? AND h.moved_at < ? AND h.to_status IN (%s)
          AND h.from_status <> h.to_status""".formatted(Sql.marks(targets.size()));
    String moved;
    if (scoped && dialect == Dialect.POSTGRESQL) {
      parameters.addAll(List.of(Slot.FROM, Slot.TO));
      parameters.addAll(targets);
      moved = """
          SELECT %s, h.moved_at AS at, CASE h.to_status %s END AS kind
          FROM vouchers_vouchers v CROSS JOIN LATERAL (
            SELECT h.moved_at, h.to_status FROM vouchers_history h
            WHERE h.voucher_id = v.id AND %s OFFSET 0) h
          WHERE %sv.issued_at < ?""".formatted(VOUCHER, kinds, moves, scope(true, parameters));
      parameters.add(Slot.TO);
    } else {
      moved = """
          SELECT %s, h.moved_at AS at, CASE h.to_status %s END AS kind
          FROM vouchers_vouchers v JOIN vouchers_history h ON h.voucher_id = v.id
          WHERE %sv.issued_at < ? AND %s""".formatted(
          VOUCHER, kinds, scope(scoped, parameters), moves);
      parameters.addAll(List.of(Slot.TO, Slot.FROM, Slot.TO));
      parameters.addAll(targets);
    }
    // expired: as seen now (V-4), at the expiry instant; one range per status of the partner
    List<VoucherStatus> expiring = Transition.EXPIRE.from().stream().sorted().toList();
    String expired = """
        SELECT %s, v.expires_at AS at, %d AS kind FROM vouchers_vouchers v
        WHERE %sv.issued_at < ? AND v.expires_at >= ? AND v.expires_at < ?
          AND v.status IN (%s) AND (v.status = ? OR v.expires_at <= ?)""".formatted(
        VOUCHER, UsageKind.EXPIRED.ordinal(), scope(scoped, parameters),
        Sql.marks(expiring.size() + 1));
    parameters.addAll(List.of(Slot.TO, Slot.FROM, Slot.TO, Transition.EXPIRE.to()));
    parameters.addAll(expiring);
    parameters.addAll(List.of(Transition.EXPIRE.to(), Slot.AS_OF));
    String period = bucket == UsageBucket.DAY
        ? "CAST(e.at AT TIME ZONE 'UTC' AS DATE)"
        : "CAST(DATE_TRUNC('MONTH', e.at AT TIME ZONE 'UTC') AS DATE)";
    StringBuilder figures = new StringBuilder();
    for (UsageKind kind : UsageKind.values()) {
      figures.append(FIGURES.formatted(kind.ordinal(), kind.label(), kind.ordinal(), kind.label()));
    }
    // an order is in one currency; T-4: the unit price is the first line of the voucher's
    // order with its configuration
    String sql = """
        SELECT %1$s%2$s
        FROM (
          SELECT e.partner_id, e.product_id, e.validity_years, e.fqdns, e.wildcards, e.kind,
            %3$s AS period,
            (SELECT MIN(c.currency) FROM vouchers_order_lines c WHERE c.order_id = e.order_id)
              AS currency,
            (SELECT l.unit_minor FROM vouchers_order_lines l WHERE l.order_id = e.order_id
              AND l.product_id = e.product_id AND l.validity_years = e.validity_years
              AND l.fqdns = e.fqdns AND l.wildcards = e.wildcards ORDER BY l.line_number
              FETCH FIRST 1 ROWS ONLY) AS unit_minor
          FROM (
            %4$s
            UNION ALL
            %5$s
            UNION ALL
            %6$s) e) p
        GROUP BY %1$s ORDER BY %1$s""".formatted(
        KEYS, figures, period, issued, moved, expired);
    return new Statement(sql, List.copyOf(parameters));
  }

  /** The columns of a voucher that every event of the report carries. */
  private static final String VOUCHER = """
      v.partner_id, v.product_id, v.validity_years, v.fqdns, v.wildcards, v.order_id""";
  /** What the report groups by. */
  private static final String KEYS = """
      p.partner_id, p.product_id, p.validity_years, p.fqdns, p.wildcards, p.period, p.currency""";
  /** One kind's two figures: how many, and their price. */
  private static final String FIGURES = """
      , SUM(CASE WHEN p.kind = %d THEN 1 ELSE 0 END) AS %s, \
      SUM(CASE WHEN p.kind = %d THEN p.unit_minor ELSE 0 END) AS %s_minor""";

  private static String scope(boolean scoped, List<Object> parameters) {
    if (!scoped) {
      return "";
    }
    parameters.add(Slot.PARTNER);
    return "v.partner_id = ? AND ";
  }

  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    Statement statement =
        statements.get(key(dialect, query.partner().isPresent(), query.bucket()));
    transactions.once("compute the usage report", connection -> {
      try (PreparedStatement s = connection.prepareStatement(statement.sql())) {
        s.setFetchSize(JdbcVouchers.FETCH_SIZE);
        bind(s, statement.parameters(), query);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            sink.accept(row(rows));
          }
        }
      }
      return null;
    });
  }

  private static void bind(PreparedStatement s, List<Object> parameters, UsageQuery query)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object parameter = parameters.get(i);
      if (parameter instanceof VoucherStatus status) {
        s.setString(i + 1, status.name());
      } else if (parameter == Slot.PARTNER) {
        s.setString(i + 1, query.partner().orElseThrow().value());
      } else if (parameter == Slot.FROM) {
        Sql.setInstant(s, i + 1, query.from());
      } else if (parameter == Slot.TO) {
        Sql.setInstant(s, i + 1, query.to());
      } else {
        Sql.setInstant(s, i + 1, query.asOf());
      }
    }
  }

  private static UsageRow row(ResultSet rows) throws SQLException {
    EnumMap<UsageKind, UsageFigure> figures = new EnumMap<>(UsageKind.class);
    for (UsageKind kind : UsageKind.values()) {
      long count = rows.getLong(kind.label());
      BigDecimal minor = rows.getBigDecimal(kind.label() + "_minor");
      figures.put(kind, new UsageFigure(count, minor.toBigIntegerExact()));
    }
    return new UsageRow(new PartnerId(rows.getString("partner_id")),
        ProductConfiguration.of(new ProductId(rows.getString("product_id")),
            rows.getInt("validity_years"), rows.getInt("fqdns"), rows.getInt("wildcards")),
        rows.getObject("period", LocalDate.class),
        Currency.getInstance(rows.getString("currency").trim()), figures);
  }
}
