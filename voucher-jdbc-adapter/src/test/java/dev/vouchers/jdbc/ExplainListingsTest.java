// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.testkit.contract.ContractData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * O-5, L-1 (ADR 0031): every filtered form of the four listings is planned on PostgreSQL as
 * index ranges of one partner, with sequential scans allowed and tables large and analysed
 * enough (100,000 vouchers, 30,000 invitations and subscriptions, of 20 partners, half the
 * vouchers of one of them) that the planner would scan or sort a whole partner if no index
 * fitted. The data is as a sweep that keeps up leaves it: few rows due and not yet written. Each range must be read in
 * the listing's order through an index (no sort below the page's limit, no sequential or
 * bitmap scan); the one exception is the range of due rows not yet swept, read through the
 * sweep's partial index (a range as large as the sweep's backlog).
 */
class ExplainListingsTest {
  private static final PartnerId P = new PartnerId("p7");
  private static final Instant T0 = ContractData.T0;
  private static DataSource database;
  /** Half the orders (and so half the vouchers) are P's: more than a listing counts. */
  private static final String PARTNER = "CASE WHEN g % 2 = 0 THEN 'p7' ELSE 'p' || (g % 20) END";

  @BeforeAll
  static void fill() throws SQLException {
    database = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      String t0 = "TIMESTAMP WITH TIME ZONE '" + T0 + "'";
      s.execute("INSERT INTO vouchers_orders (id, partner_id, payment_method, placed_at,"
          + " placed_by, status, version, order_number) SELECT 'o' || g, " + PARTNER
          + ", 'invoice', " + t0 + " + g * INTERVAL '5 hours', 'x', CASE WHEN g % 7 = 0 THEN"
          + " 'CANCELLED' ELSE 'OPEN' END, 0, 100000000 + g * 7919"
          + " FROM generate_series(0, 1999) g");
      s.execute("INSERT INTO vouchers_order_lines (order_id, line_number, product_id,"
          + " validity_years, fqdns, wildcards, product_name, quantity, currency, unit_minor,"
          + " list_minor, price_source) SELECT 'o' || g, 1, (ARRAY['ssl-dv', 'smime', 'ev'])"
          + "[g % 3 + 1], 1, 1, 0, 'x', 50, 'CHF', 100, 100, 'LIST_PRICE'"
          + " FROM generate_series(0, 1999) g");
      s.execute("INSERT INTO vouchers_vouchers (id, order_id, partner_id, product_id,"
          + " validity_years, fqdns, wildcards, code_digest, code_last_four, status, issued_at,"
          + " expires_at) SELECT 'v' || g, 'o' || (g % 2000), " + PARTNER.replace("g", "(g % 2000)")
          + ","
          + " (ARRAY['ssl-dv', 'smime', 'ev'])[g % 2000 % 3 + 1], 1, 1, 0,"
          + " decode(md5(g::text), 'hex'), 'ABCD', CASE WHEN g % 10 = 0 THEN 'REDEEMED'"
          + " WHEN g % 10 = 1 THEN 'EXPIRED' WHEN g % 25 = 2 THEN 'ASSIGNED'"
          + " WHEN g % 50 = 3 THEN 'CANCELLED' WHEN g % 100 = 4 THEN 'PENDING'"
          + " WHEN g % 100 = 5 THEN 'RESERVED' ELSE 'VALID' END, " + t0
          + " + (g % 2000) * INTERVAL '5 hours', " + t0 + " + (g % 2000) * INTERVAL '5 hours'"
          + " + INTERVAL '365 days' FROM generate_series(0, 99999) g");
      s.execute("INSERT INTO vouchers_invitations (id, partner_id, recipient, sub_account_type,"
          + " message, invited_by, invited_at, sent_at, expires_at, token_digest, status,"
          + " version) SELECT 'i' || g, 'p' || (g % 20), 'x@example.com', 'RESELLER', '', 'x', "
          + t0 + " + g * INTERVAL '10 minutes', " + t0 + " + g * INTERVAL '10 minutes', " + t0
          + " + g * INTERVAL '10 minutes' + INTERVAL '30 days', decode(md5(g::text), 'hex'),"
          + " (ARRAY[CASE WHEN g < 15000 THEN 'EXPIRED' ELSE 'PENDING' END, 'ACCEPTED',"
          + " 'EXPIRED', 'CANCELLED'])[g % 4 + 1], 0"
          + " FROM generate_series(0, 29999) g");
      s.execute("INSERT INTO vouchers_subscriptions (id, partner_id, customer_id, offer_id,"
          + " quantity, term, billing_frequency, auto_renew, status, purchased_at,"
          + " cancellation_window, window_opens_at, term_number, term_ends_at, version)"
          + " SELECT 's' || g, 'p' || (g % 20), 'c' || (g % 3000), 'crm', 1, 'MONTHLY',"
          + " 'MONTHLY', g % 3 <> 0, CASE WHEN g < 15000 AND g % 5 IN (1, 2) THEN 'EXPIRED'"
          + " ELSE (ARRAY['PENDING_ACTIVATION', 'ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED'])"
          + "[g % 5 + 1] END, " + t0 + " + g * INTERVAL '10 minutes',"
          + " 'PT72H', " + t0 + ", 1, " + t0 + " + g * INTERVAL '10 minutes' + INTERVAL '30 days',"
          + " 0 FROM generate_series(0, 29999) g");
      // most applications rejected (any number per partner), the active ones each of a
      // partner of its own (one active application per partner)
      s.execute("INSERT INTO vouchers_reseller_applications (id, partner_id, active_partner_id,"
          + " status, submitted_at, submitted_by, version) SELECT 'ra' || g,"
          + " CASE WHEN g % 500 <> 0 THEN 'p' || (g % 20) ELSE 'q' || g END,"
          + " CASE WHEN g % 500 <> 0 THEN NULL ELSE 'q' || g END,"
          + " CASE WHEN g % 500 <> 0 THEN 'REJECTED' ELSE (ARRAY['SUBMITTED', 'CONTRACT_SENT',"
          + " 'CONTRACT_SIGNED', 'APPROVED'])[g / 500 % 4 + 1] END, " + t0
          + " + g * INTERVAL '10 minutes', 'x', 0 FROM generate_series(0, 29999) g");
      // a third of the links ended
      s.execute("INSERT INTO vouchers_customer_links (customer_id, seq, reseller_id, origin,"
          + " linked_from, linked_by, linked_until, ended_by, end_reason, current_customer_id)"
          + " SELECT 'c' || g, 1, 'p' || (g % 20), 'SIGN_UP', " + t0
          + " + g * INTERVAL '10 minutes', 'x', CASE WHEN g % 3 = 0 THEN " + t0
          + " + g * INTERVAL '10 minutes' + INTERVAL '1 day' END, CASE WHEN g % 3 = 0 THEN 'x'"
          + " END, CASE WHEN g % 3 = 0 THEN 'x' END, CASE WHEN g % 3 = 0 THEN NULL ELSE 'c' || g"
          + " END FROM generate_series(0, 29999) g");
      s.execute("ANALYZE");
    }
    ((PGSimpleDataSource) database).setPreferQueryMode(PreferQueryMode.SIMPLE);
  }

  @Test
  void everyVoucherFilterIsReadAsIndexRangesOfThePartner_O5_L1() throws SQLException {
    Instant now = T0.plus(Duration.ofDays(400));
    List<VoucherFilter> filters = new ArrayList<>();
    for (Optional<ProductId> product : List.of(Optional.<ProductId>empty(),
        Optional.of(new ProductId("smime")))) {
      filters.add(new VoucherFilter(P, Set.of(), product, Optional.empty(), now));
      for (VoucherStatus status : VoucherStatus.values()) {
        filters.add(new VoucherFilter(P, Set.of(status), product, Optional.empty(), now));
      }
      filters.add(new VoucherFilter(P, EnumSet.of(VoucherStatus.VALID, VoucherStatus.EXPIRED,
          VoucherStatus.REDEEMED), product, Optional.empty(), now));
    }
    for (VoucherFilter filter : filters) {
      check("vouchers_vouchers", Rows.VOUCHER_COLUMNS, "issued_at",
          VoucherListings.voucherRanges(filter), filter.toString());
    }
  }

  @Test
  void everyOrderInvitationAndSubscriptionStatusFilterIsReadAsIndexRanges_O5_L1()
      throws SQLException {
    for (OrderStatus status : OrderStatus.values()) {
      check("vouchers_orders", Rows.ORDER_COLUMNS, "placed_at",
          VoucherListings.orderRanges(new OrderFilter(P, Set.of(status), Optional.empty())),
          "orders " + status);
    }
    check("vouchers_orders", Rows.ORDER_COLUMNS, "placed_at",
        VoucherListings.orderRanges(OrderFilter.all(P)), "orders");
    Instant now = T0.plus(Duration.ofDays(100));
    for (Set<InvitationStatus> statuses : List.of(Set.<InvitationStatus>of(),
        Set.of(InvitationStatus.PENDING), Set.of(InvitationStatus.EXPIRED),
        Set.of(InvitationStatus.ACCEPTED, InvitationStatus.CANCELLED))) {
      check("vouchers_invitations", InvitationRows.INVITATION_COLUMNS, "invited_at",
          JdbcInvitations.invitationRanges(new InvitationFilter(P, statuses, now)),
          "invitations " + statuses);
    }
    for (Set<SubscriptionStatus> statuses : List.of(Set.<SubscriptionStatus>of(),
        Set.of(SubscriptionStatus.ACTIVE), Set.of(SubscriptionStatus.EXPIRED),
        Set.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.CANCELLED))) {
      check("vouchers_subscriptions", JdbcSubscriptions.COLUMNS, "purchased_at",
          JdbcSubscriptions.subscriptionRanges(new SubscriptionFilter(P, Optional.empty(),
              statuses, now)), "subscriptions " + statuses);
    }
    check("vouchers_subscriptions", JdbcSubscriptions.COLUMNS, "purchased_at",
        JdbcSubscriptions.subscriptionRanges(new SubscriptionFilter(P,
            Optional.of(CustomerId.of("c7")), Set.of(SubscriptionStatus.ACTIVE), now)),
        "subscriptions of a customer");
  }

  @Test
  void everyResellerApplicationAndCustomerLinkListingIsReadAsIndexRanges_O5_L1()
      throws SQLException {
    for (Set<ResellerApplicationStatus> statuses : List.of(Set.<ResellerApplicationStatus>of(),
        Set.of(ResellerApplicationStatus.REJECTED),
        EnumSet.of(ResellerApplicationStatus.SUBMITTED, ResellerApplicationStatus.APPROVED))) {
      check("vouchers_reseller_applications", JdbcResellerApplications.COLUMNS, "submitted_at",
          "id", JdbcResellerApplications.partnerRanges(P, statuses),
          "applications of a partner " + statuses);
      check("vouchers_reseller_applications", JdbcResellerApplications.COLUMNS, "submitted_at",
          "id", JdbcResellerApplications.statusRanges(statuses),
          "applications of every partner " + statuses);
    }
    check("vouchers_customer_links", JdbcCustomerLinks.COLUMNS, "linked_from", "customer_id",
        JdbcCustomerLinks.currentLinkRanges(P), "current links of a reseller");
  }

  private static final Pattern SCAN = Pattern.compile(
      "(Seq Scan|Bitmap Heap Scan|Index Scan|Index Only Scan)( Backward)?( using (\\w+))? on");

  /** The first page's rows and count, and a later page's rows: index ranges only. */
  private static void check(String table, String columns, String at, List<Listing.Range> ranges,
      String what) throws SQLException {
    check(table, columns, at, "id", ranges, what);
  }

  /** As above, ties broken by {@code id}. */
  private static void check(String table, String columns, String at, String id,
      List<Listing.Range> ranges, String what) throws SQLException {
    Listing.Statements first = Listing.statements(table, columns, at, id, ranges,
        PageRequest.first(25));
    Listing.Statements later = Listing.statements(table, columns, at, id, ranges,
        PageRequest.after(25, new Cursor(T0.plus(Duration.ofDays(200)), "x").encode()));
    for (String sql : List.of(first.rows(), first.count(), later.rows())) {
      String plan = ExplainTest.explain(database, sql);
      String context = what + "\n" + sql + "\n" + plan;
      boolean counting = sql.startsWith("SELECT COUNT");
      // the capped count reads at most CAP + 1 rows of each range; planned for the average
      // partner, PostgreSQL may read a range through a bitmap of the same index (ADR 0031)
      // the count of the due range may also AND the sweep's partial index with the partner's
      Matcher scans = SCAN.matcher(counting ? plan.replaceAll("Bitmap Heap Scan on \\w+[^\\n]*"
          + "(\\n(?!\\s*->)[^\\n]*)*\\n\\s*->  BitmapAnd[^\\n]*\\n\\s*->  Bitmap Index Scan on"
          + " (\\w+_due)[^\\n]*\\n[^\\n]*\\n\\s*->  Bitmap Index Scan on \\w+_by_\\w+",
          "Index Scan using $2 on x").replaceAll(
          "Bitmap Heap Scan on \\w+[^\\n]*(\\n(?!\\s*->)[^\\n]*)*\\n\\s*->  Bitmap Index Scan on"
          + " (\\w+)", "Index Scan using $2 on x")
          : plan);
      int count = 0;
      while (scans.find()) {
        count++;
        assertThat(scans.group(1)).as(context).startsWith("Index");
        String index = scans.group(4);
        assertThat(index).as(context).isNotNull();
        if (index.endsWith("_due")) {
          continue; // the due rows not yet swept: the sweep's partial index
        }
        assertThat(index).as(context).contains("_by_");
      }
      assertThat(count).as(context).isEqualTo(ranges.size());
      if (!counting) {
        // each range comes in the listing's order; only the merge of ranges (and the due
        // range) may sort
        int sorts = plan.split("Sort Key", -1).length - 1;
        long due = plan.lines().filter(l -> l.contains("_due on")).count();
        assertThat(sorts).as(context).isLessThanOrEqualTo((ranges.size() > 1 ? 1 : 0) + (int) due);
      }
    }
  }
}
