// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Row mapping of orders, lines, vouchers and history: one place for every column name. */
final class Rows {
  private Rows() {}

  static final String ORDER_COLUMNS = "id, partner_id, customer_name, notes, payment_method,"
      + " placed_at, placed_by, status, cancelled_at, version, order_number";

  static final String LINE_COLUMNS = "order_id, line_number, product_id, validity_years, fqdns,"
      + " wildcards, product_name, quantity, currency, unit_minor, list_minor, price_source";

  /** Every voucher column, in the order {@link #voucher} reads them. */
  static final String VOUCHER_COLUMNS = "id, order_id, partner_id, product_id, validity_years,"
      + " fqdns, wildcards, code_digest, code_last_four, code_sealed, status, issued_at,"
      + " expires_at, recipient, personal_message, sent_at, link_digest, request_reference,"
      + " request_organisation, request_submitted_at, challenge_domain, challenge_check_name,"
      + " challenge_secret, challenge_issued_at, challenge_expires_at, challenge_verified_at,"
      + " ever_redeemed, partner_comment, version, code_key";

  /** The columns a change of a voucher writes; {@link #bindChange} binds them in this order. */
  static final String VOUCHER_CHANGE = "status = ?, expires_at = ?, recipient = ?,"
      + " personal_message = ?, sent_at = ?, link_digest = ?, request_reference = ?,"
      + " request_organisation = ?,"
      + " request_submitted_at = ?, challenge_domain = ?, challenge_check_name = ?,"
      + " challenge_secret = ?, challenge_issued_at = ?, challenge_expires_at = ?,"
      + " challenge_verified_at = ?, ever_redeemed = ?, partner_comment = ?, version = ?";

  /** How many parameters {@link #VOUCHER_CHANGE} has. */
  static final int VOUCHER_CHANGE_PARAMETERS = 18;

  static final String HISTORY_COLUMNS = "voucher_id, from_status, to_status, moved_at, by_whom,"
      + " why, data";

  // ------------------------------------------------------------------ orders

  static void bindOrder(PreparedStatement s, Order order) throws SQLException {
    s.setString(1, order.id().value());
    s.setString(2, order.partner().value());
    setString(s, 3, order.customerName());
    setString(s, 4, order.notes());
    s.setString(5, order.paymentMethod());
    Sql.setInstant(s, 6, order.placedAt());
    s.setString(7, order.placedBy());
    s.setString(8, order.status().name());
    Sql.setInstant(s, 9, order.cancelledAt());
    s.setLong(10, order.version());
    s.setLong(11, order.number().value());
  }

  /** An order row without its lines, which are read with another query. */
  record OrderHead(String id, String partner, Optional<String> customerName,
      Optional<String> notes, String paymentMethod, Instant placedAt, String placedBy,
      OrderStatus status, Optional<Instant> cancelledAt, long version, long number) {

    /** The order with its lines; an order row without lines is a broken invariant (O-4). */
    Order with(@Nullable List<OrderLine> lines) {
      if (lines == null || lines.isEmpty()) {
        throw new IllegalStateException("order " + id + " has no lines in vouchers_order_lines");
      }
      return new Order(OrderId.of(id), new OrderNumber(number), new PartnerId(partner),
          customerName, notes,
          paymentMethod, lines, placedAt, placedBy, status, cancelledAt, version);
    }
  }

  static OrderHead orderHead(ResultSet row) throws SQLException {
    return new OrderHead(Sql.string(row, "id"), Sql.string(row, "partner_id"),
        Optional.ofNullable(row.getString("customer_name")),
        Optional.ofNullable(row.getString("notes")), Sql.string(row, "payment_method"),
        Sql.instant(row, "placed_at"), Sql.string(row, "placed_by"),
        OrderStatus.valueOf(Sql.string(row, "status")), Sql.optionalInstant(row, "cancelled_at"),
        row.getLong("version"), row.getLong("order_number"));
  }

  static void bindLine(PreparedStatement s, OrderId order, OrderLine line) throws SQLException {
    s.setString(1, order.value());
    s.setInt(2, line.number());
    s.setString(3, line.configuration().product().value());
    s.setInt(4, line.configuration().validityYears());
    s.setInt(5, line.configuration().fqdns());
    s.setInt(6, line.configuration().wildcards());
    s.setString(7, line.productName());
    s.setInt(8, line.quantity());
    s.setString(9, line.unitPrice().currency().getCurrencyCode());
    s.setLong(10, line.unitPrice().minorUnits());
    s.setLong(11, line.price().listPrice().minorUnits());
    s.setString(12, line.price().source().name());
  }

  static OrderLine line(ResultSet row) throws SQLException {
    String currency = Sql.string(row, "currency");
    return new OrderLine(row.getInt("line_number"), configuration(row),
        Sql.string(row, "product_name"), row.getInt("quantity"),
        new PriceQuote(Money.ofMinor(currency, row.getLong("unit_minor")),
            Money.ofMinor(currency, row.getLong("list_minor")),
            PriceSource.valueOf(Sql.string(row, "price_source"))));
  }

  private static ProductConfiguration configuration(ResultSet row) throws SQLException {
    return ProductConfiguration.of(new ProductId(Sql.string(row, "product_id")),
        row.getInt("validity_years"), row.getInt("fqdns"), row.getInt("wildcards"));
  }

  // ------------------------------------------------------------------ vouchers

  private static final String[] VOUCHER_COLUMN_NAMES = InOrder.names(VOUCHER_COLUMNS);

  /** How many columns {@link #VOUCHER_COLUMNS} are; a query's further columns come after. */
  static final int VOUCHER_COLUMN_COUNT = VOUCHER_COLUMN_NAMES.length;

  /**
   * V-7: the columns of a redemption's answer ({@link RedeemedVoucher}), in the order
   * {@link #redeemed} reads them.
   */
  static final String REDEEMED_COLUMNS = "id, order_id, partner_id, product_id, validity_years,"
      + " fqdns, wildcards, code_last_four, status, issued_at, expires_at, request_reference";
  private static final String[] REDEEMED_COLUMN_NAMES = InOrder.names(REDEEMED_COLUMNS);
  /** How many columns {@link #REDEEMED_COLUMNS} names. */
  static final int REDEEMED_COLUMN_COUNT = REDEEMED_COLUMN_NAMES.length;

  /** A redemption's answer from the current row, which has {@link #REDEEMED_COLUMNS} first. */
  static RedeemedVoucher redeemed(ResultSet row) throws SQLException {
    assert InOrder.labelled(row, REDEEMED_COLUMN_NAMES);
    InOrder column = new InOrder(row, REDEEMED_COLUMN_NAMES);
    return new RedeemedVoucher(VoucherId.of(column.string("id")),
        OrderId.of(column.string("order_id")), new PartnerId(column.string("partner_id")),
        ProductConfiguration.of(new ProductId(column.string("product_id")),
            column.integer("validity_years"), column.integer("fqdns"),
            column.integer("wildcards")),
        column.string("code_last_four"), VoucherStatus.valueOf(column.string("status")),
        column.instant("issued_at"), column.instant("expires_at"),
        Optional.ofNullable(column.nullableString("request_reference")));
  }

  /**
   * The voucher of a row whose query selected {@link #VOUCHER_COLUMNS} first, in that order: the
   * columns are read by position, each read checked against that list (and with assertions on,
   * as in the tests, the list against the query's column labels).
   */
  static Voucher voucher(ResultSet row) throws SQLException {
    assert InOrder.labelled(row, VOUCHER_COLUMN_NAMES);
    InOrder column = new InOrder(row, VOUCHER_COLUMN_NAMES);
    Voucher.Builder voucher = Voucher.builder()
        .id(VoucherId.of(column.string("id")))
        .order(OrderId.of(column.string("order_id")))
        .partner(new PartnerId(column.string("partner_id")))
        .configuration(ProductConfiguration.of(new ProductId(column.string("product_id")),
            column.integer("validity_years"), column.integer("fqdns"),
            column.integer("wildcards")));
    CodeDigest digest = CodeDigest.of(column.bytes("code_digest"));
    String lastFour = column.string("code_last_four");
    Optional<byte[]> sealed = Optional.ofNullable(column.nullableBytes("code_sealed"));
    voucher.status(VoucherStatus.valueOf(column.string("status")))
        .issuedAt(column.instant("issued_at"))
        .expiresAt(column.instant("expires_at"));
    String recipient = column.nullableString("recipient");
    if (recipient != null) {
      voucher.assignment(new Assignment(new EmailAddress(recipient),
          column.string("personal_message"), column.instant("sent_at"),
          Optional.ofNullable(column.nullableBytes("link_digest")).map(CodeDigest::of)));
    } else {
      column.skip("personal_message", "sent_at", "link_digest");
    }
    String reference = column.nullableString("request_reference");
    if (reference != null) {
      voucher.certificateRequest(new CertificateRequest(reference,
          Optional.ofNullable(column.nullableString("request_organisation"))
              .map(OrganisationId::of),
          column.instant("request_submitted_at")));
    } else {
      column.skip("request_organisation", "request_submitted_at");
    }
    String domain = column.nullableString("challenge_domain");
    if (domain != null) {
      voucher.domainChallenge(new DomainChallenge(new DomainName(domain),
          column.string("challenge_check_name"), column.string("challenge_secret"),
          column.instant("challenge_issued_at"), column.instant("challenge_expires_at"),
          column.optionalInstant("challenge_verified_at")));
    } else {
      column.skip("challenge_check_name", "challenge_secret", "challenge_issued_at",
          "challenge_expires_at", "challenge_verified_at");
    }
    voucher.everRedeemed(column.bool("ever_redeemed"));
    String comment = column.nullableString("partner_comment");
    if (comment != null) {
      voucher.comment(comment);
    }
    voucher.version(column.longInteger("version"));
    // G-4: the key the code is stored under (the last column: added with key rotation)
    return voucher.code(StoredCode.of(digest, lastFour, sealed, column.string("code_key")))
        .build();
  }

  /** The columns of an export row, in the order {@link #orderCode} reads them (S-1). */
  static final String ORDER_CODE_COLUMNS = "product_id, validity_years, fqdns, wildcards,"
      + " code_digest, code_last_four, code_sealed, status, expires_at, code_key";

  private static final String[] ORDER_CODE_COLUMN_NAMES = InOrder.names(ORDER_CODE_COLUMNS);

  /** S-1: the export row of a query that selected {@link #ORDER_CODE_COLUMNS}, by position. */
  static OrderCode orderCode(ResultSet row) throws SQLException {
    assert InOrder.labelled(row, ORDER_CODE_COLUMN_NAMES);
    InOrder column = new InOrder(row, ORDER_CODE_COLUMN_NAMES);
    ProductConfiguration configuration = ProductConfiguration.of(
        new ProductId(column.string("product_id")), column.integer("validity_years"),
        column.integer("fqdns"), column.integer("wildcards"));
    CodeDigest digest = CodeDigest.of(column.bytes("code_digest"));
    String lastFour = column.string("code_last_four");
    Optional<byte[]> sealed = Optional.ofNullable(column.nullableBytes("code_sealed"));
    VoucherStatus status = VoucherStatus.valueOf(column.string("status"));
    Instant expiresAt = column.instant("expires_at");
    StoredCode code = StoredCode.of(digest, lastFour, sealed, column.string("code_key"));
    return new OrderCode(code, status, configuration, expiresAt);
  }

  /** Binds the {@link #VOUCHER_CHANGE} parameters from {@code first} on; the next index. */
  static int bindChange(PreparedStatement s, int first, Voucher v) throws SQLException {
    int i = first;
    s.setString(i++, v.status().name());
    Sql.setInstant(s, i++, v.expiresAt());
    setString(s, i++, v.assignment().map(a -> a.recipient().value()));
    setString(s, i++, v.assignment().map(Assignment::message));
    Sql.setInstant(s, i++, v.assignment().map(Assignment::sentAt));
    s.setBytes(i++,
        v.assignment().flatMap(Assignment::link).map(CodeDigest::bytes).orElse(null));
    setString(s, i++, v.certificateRequest().map(CertificateRequest::reference));
    setString(s, i++, v.certificateRequest().flatMap(CertificateRequest::organisation)
        .map(OrganisationId::value));
    Sql.setInstant(s, i++, v.certificateRequest().map(CertificateRequest::submittedAt));
    Optional<DomainChallenge> challenge = v.domainChallenge();
    setString(s, i++, challenge.map(c -> c.domain().value()));
    setString(s, i++, challenge.map(DomainChallenge::checkName));
    setString(s, i++, challenge.map(DomainChallenge::secret));
    Sql.setInstant(s, i++, challenge.map(DomainChallenge::issuedAt));
    Sql.setInstant(s, i++, challenge.map(DomainChallenge::expiresAt));
    Sql.setInstant(s, i++, challenge.flatMap(DomainChallenge::verifiedAt));
    s.setBoolean(i++, v.everRedeemed());
    setString(s, i++, v.comment());
    s.setLong(i++, v.version());
    return i;
  }

  // ------------------------------------------------------------------ history

  /** Binds the {@link #HISTORY_COLUMNS} from {@code first} on; the next index. */
  static int bindHistory(PreparedStatement s, int first, HistoryEntry entry, boolean withVoucher)
      throws SQLException {
    int i = first;
    if (withVoucher) {
      s.setString(i++, entry.voucher().value());
    }
    s.setString(i++, entry.from().name());
    s.setString(i++, entry.to().name());
    Sql.setInstant(s, i++, entry.at());
    s.setString(i++, entry.by());
    s.setString(i++, entry.why());
    s.setString(i++, encode(entry.data()));
    return i;
  }

  static HistoryEntry history(ResultSet row) throws SQLException {
    return new HistoryEntry(VoucherId.of(Sql.string(row, "voucher_id")),
        VoucherStatus.valueOf(Sql.string(row, "from_status")),
        VoucherStatus.valueOf(Sql.string(row, "to_status")), Sql.instant(row, "moved_at"),
        Sql.string(row, "by_whom"), Sql.string(row, "why"), decode(Sql.string(row, "data")));
  }

  /** A history entry's data as URL-encoded {@code key=value} pairs joined by '&', keys sorted. */
  static String encode(Map<String, String> data) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(data).entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  static Map<String, String> decode(String encoded) {
    Map<String, String> data = new TreeMap<>();
    if (encoded.isEmpty()) {
      return Map.of();
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("history data is not key=value pairs");
      }
      data.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return Map.copyOf(data);
  }

  static void setString(PreparedStatement s, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setString(index, value.get());
    } else {
      s.setNull(index, Types.VARCHAR);
    }
  }
}
