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
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * M-6: the usage report as one grouped query (ADR 0050), the same text on H2 and PostgreSQL.
 * The events ({@link UsageKind}) are three selections of one partner's vouchers (or every
 * partner's), joined in a {@code UNION ALL}: the vouchers issued in the interval, the moves of
 * the history into ASSIGNED (from another status), REDEEMED and CANCELLED in the interval, and
 * the vouchers expired (as seen at the report's instant, V-4) whose expiry is in the interval.
 * Each event takes the unit price of its order line (T-4); the events are grouped by partner,
 * product configuration, UTC period and currency, with one count and one sum per kind, and
 * streamed in {@link UsageRow#ORDER}.
 *
 * <p>Scope and indexes: every selection starts from {@code vouchers_vouchers} with the
 * partner and {@code issued_at < to} (a voucher has no event before it is issued), a range of
 * {@code vouchers_vouchers_by_partner}; the history is read by its primary key (voucher, id)
 * and the order line by the lines' primary key (order, line). A partner's report never reads
 * another partner's vouchers ({@code ExplainUsageTest}).
 */
final class JdbcUsageReports implements UsageReports {
  private static final Map<String, String> SQL = new java.util.HashMap<>();

  static {
    for (UsageBucket bucket : UsageBucket.values()) {
      SQL.put(key(true, bucket), sql(true, bucket));
      SQL.put(key(false, bucket), sql(false, bucket));
    }
  }

  private final Transactions transactions;

  JdbcUsageReports(Transactions transactions) {
    this.transactions = transactions;
  }

  private static String key(boolean scoped, UsageBucket bucket) {
    return (scoped ? "partner/" : "all/") + bucket.name();
  }

  /** The report's query for one partner ({@code scoped}) or every partner, by day or month. */
  static String sql(boolean scoped, UsageBucket bucket) {
    String scope = scoped ? "v.partner_id = ? AND " : "";
    String voucher = "v.partner_id, v.product_id, v.validity_years, v.fqdns, v.wildcards,"
        + " v.order_id";
    String events = "SELECT " + voucher + ", v.issued_at AS at, "
        + UsageKind.ISSUED.ordinal() + " AS kind FROM vouchers_vouchers v WHERE " + scope
        + "v.issued_at >= ? AND v.issued_at < ?"
        + " UNION ALL SELECT " + voucher + ", h.moved_at AS at, " + moveKind()
        + " AS kind FROM vouchers_vouchers v JOIN vouchers_history h ON h.voucher_id = v.id"
        + " WHERE " + scope + "v.issued_at < ? AND h.moved_at >= ? AND h.moved_at < ?"
        + " AND " + statusIn("h.to_status", UsageKind.countedMoveTargets())
        + " AND h.from_status <> h.to_status"
        + " UNION ALL SELECT " + voucher + ", v.expires_at AS at, "
        + UsageKind.EXPIRED.ordinal() + " AS kind FROM vouchers_vouchers v WHERE " + scope
        + "v.issued_at < ? AND v.expires_at >= ? AND v.expires_at < ? AND ("
        + statusIn("v.status", java.util.Set.of(Transition.EXPIRE.to())) + " OR ("
        + statusIn("v.status", Transition.EXPIRE.from()) + " AND v.expires_at <= ?))";
    String period = bucket == UsageBucket.DAY
        ? "CAST(e.at AT TIME ZONE 'UTC' AS DATE)"
        : "CAST(DATE_TRUNC('MONTH', e.at AT TIME ZONE 'UTC') AS DATE)";
    StringBuilder figures = new StringBuilder();
    for (UsageKind kind : UsageKind.values()) {
      figures.append(", SUM(CASE WHEN p.kind = ").append(kind.ordinal())
          .append(" THEN 1 ELSE 0 END) AS ").append(kind.label())
          .append(", SUM(CASE WHEN p.kind = ").append(kind.ordinal())
          .append(" THEN p.unit_minor ELSE 0 END) AS ").append(kind.label()).append("_minor");
    }
    String keys = "p.partner_id, p.product_id, p.validity_years, p.fqdns, p.wildcards,"
        + " p.period, p.currency";
    return "SELECT " + keys + figures
        + " FROM (SELECT e.partner_id, e.product_id, e.validity_years, e.fqdns, e.wildcards,"
        + " e.kind, " + period + " AS period, l.currency, l.unit_minor FROM (" + events + ") e"
        // T-4: the unit price of the first line of the voucher's order with its configuration
        + " JOIN vouchers_order_lines l ON l.order_id = e.order_id AND l.line_number ="
        + " (SELECT MIN(m.line_number) FROM vouchers_order_lines m WHERE m.order_id = e.order_id"
        + " AND m.product_id = e.product_id AND m.validity_years = e.validity_years"
        + " AND m.fqdns = e.fqdns AND m.wildcards = e.wildcards)) p"
        + " GROUP BY " + keys + " ORDER BY " + keys;
  }

  /** V-1: a move's kind as SQL, from {@link UsageKind#ofMove} over the counted targets. */
  private static String moveKind() {
    StringBuilder kind = new StringBuilder("CASE h.to_status");
    for (VoucherStatus target : UsageKind.countedMoveTargets()) {
      VoucherStatus from = VoucherStatus.sourcesOf(target).stream()
          .filter(source -> source != target).findFirst().orElseThrow();
      kind.append(" WHEN '").append(target.name()).append("' THEN ")
          .append(UsageKind.ofMove(from, target).orElseThrow().ordinal());
    }
    return kind.append(" END").toString();
  }

  private static String statusIn(String column, java.util.Set<VoucherStatus> statuses) {
    StringJoiner in = new StringJoiner("', '", column + " IN ('", "')");
    statuses.stream().sorted().forEach(status -> in.add(status.name()));
    return in.toString();
  }

  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    String sql = SQL.get(key(query.partner().isPresent(), query.bucket()));
    transactions.once("compute the usage report", connection -> {
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        s.setFetchSize(JdbcVouchers.FETCH_SIZE);
        bind(s, query);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            sink.accept(row(rows));
          }
        }
      }
      return null;
    });
  }

  private static void bind(PreparedStatement s, UsageQuery query) throws SQLException {
    int i = 1;
    // issued
    i = scope(s, i, query);
    Sql.setInstant(s, i++, query.from());
    Sql.setInstant(s, i++, query.to());
    // moves
    i = scope(s, i, query);
    Sql.setInstant(s, i++, query.to());
    Sql.setInstant(s, i++, query.from());
    Sql.setInstant(s, i++, query.to());
    // expiries
    i = scope(s, i, query);
    Sql.setInstant(s, i++, query.to());
    Sql.setInstant(s, i++, query.from());
    Sql.setInstant(s, i++, query.to());
    Sql.setInstant(s, i, query.asOf());
  }

  private static int scope(PreparedStatement s, int i, UsageQuery query) throws SQLException {
    if (query.partner().isPresent()) {
      s.setString(i, query.partner().get().value());
      return i + 1;
    }
    return i;
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
