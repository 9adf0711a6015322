// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import static dev.vouchers.benchmarks.SearchScale.CHUNK;
import static dev.vouchers.benchmarks.SearchScale.CLOCK;
import static dev.vouchers.benchmarks.SearchScale.CROCKFORD;
import static dev.vouchers.benchmarks.SearchScale.ORDERS_PER_BLOCK;
import static dev.vouchers.benchmarks.SearchScale.SUPPORT;
import static dev.vouchers.benchmarks.SearchScale.VOUCHERS_PER_ORDER;
import static dev.vouchers.benchmarks.SearchScale.require;

import dev.vouchers.benchmarks.SearchScale.Settings;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.jdbc.JdbcSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The fill of {@link SearchScale}: synthetic orders and vouchers set-based into the library's
 * own tables, the orders placed through the library at the first size, and the searches that
 * must find both kinds at every size (the run stops otherwise).
 */
final class SearchFill {
  private final BenchDatabase db;
  private final Settings settings;
  private final BenchProgramme bench;
  private final VoucherProgramme search;
  private final List<PartnerId> partners = new ArrayList<>();
  private final SplittableRandom random = new SplittableRandom(61);
  private final Instant start;
  private final long spacingMillis;
  private final List<Check> checks = new ArrayList<>();
  private long filled;

  /** A search that must find a voucher: of the library's or the synthetic rows. */
  record Check(String label, SearchVouchers.Command command, VoucherId expected) {}

  SearchFill(BenchDatabase db, Settings settings) {
    this.db = db;
    this.settings = settings;
    this.bench = new BenchProgramme(db, Scale.LIMITS);
    this.search = SearchScale.programme(db.storage());
    partners.add(BenchProgramme.PARTNER);
    for (int i = 1; i < settings.partners(); i++) {
      PartnerId partner = new PartnerId(String.format(Locale.ROOT, "search-partner-%03d", i));
      bench.registerPartner(partner);
      partners.add(partner);
    }
    // the synthetic orders span the two years before the run, the last a day old
    long orders = settings.max() / VOUCHERS_PER_ORDER;
    Instant last = CLOCK.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    this.spacingMillis = Duration.ofDays(730).toMillis() / orders;
    this.start = last.minusMillis(spacingMillis * orders);
  }

  /**
   * Fills to {@code size} synthetic vouchers (the library's orders with the first size), then
   * {@code VACUUM ANALYZE}, and checks that the search finds every kind.
   *
   * @return how long it took
   */
  Duration to(long size) throws SQLException {
    System.out.printf(Locale.ROOT, "%n### filling to %,d synthetic vouchers%n", size);
    long started = System.nanoTime();
    fill(filled, size);
    if (checks.isEmpty()) {
      placeThroughTheLibrary();
    }
    syntheticChecks(size);
    db.execute("VACUUM ANALYZE", "CHECKPOINT");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    for (Check check : checks) {
      Page<VoucherView> page = require(search.ordering().searchVouchers().search(
          check.command()));
      if (page.items().stream().noneMatch(v -> v.id().equals(check.expected()))) {
        throw new IllegalStateException("the search did not find " + check.label() + ": "
            + check.expected() + " not in " + page.items().stream().map(VoucherView::id)
            .toList());
      }
    }
    System.out.printf(Locale.ROOT, "  found both kinds: %d checks passed%n", checks.size());
    return took;
  }

  /** The synthetic vouchers {@code from} (inclusive) to {@code to} and their orders. */
  private void fill(long from, long to) throws SQLException {
    boolean large = to - from >= CHUNK / 2;
    List<String> dropped = large ? dropSecondaryIndexes() : List.of();
    long fromOrder = from / VOUCHERS_PER_ORDER;
    long toOrder = to / VOUCHERS_PER_ORDER;
    try (Connection c = db.dataSource().getConnection()) {
      long t = System.nanoTime();
      for (String orders : List.of(ORDERS, ORDERS_AGAIN)) {
        try (PreparedStatement s = c.prepareStatement(orders.replace("$PARTNER",
            partnerOf("(o / " + ORDERS_PER_BLOCK + ")")))) {
          s.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
          s.setLong(2, spacingMillis);
          s.setString(3, OrderStatus.OPEN.name());
          s.setLong(4, fromOrder);
          s.setLong(5, toOrder - 1);
          s.executeUpdate();
        }
      }
      try (PreparedStatement s = c.prepareStatement(LINES)) {
        s.setString(1, PriceSource.LIST_PRICE.name());
        s.setLong(2, fromOrder);
        s.setLong(3, toOrder - 1);
        s.executeUpdate();
      }
      System.out.printf(Locale.ROOT, "  %,d orders in %.0f s%n", toOrder - fromOrder,
          (System.nanoTime() - t) / 1e9);
      for (long chunk = from; chunk < to; chunk += CHUNK) {
        t = System.nanoTime();
        long end = Math.min(to, chunk + CHUNK);
        try (PreparedStatement s = c.prepareStatement(VOUCHERS.replace("$PARTNER",
            partnerOf("(g / " + (VOUCHERS_PER_ORDER * ORDERS_PER_BLOCK) + ")")))) {
          s.setString(1, VoucherStatus.EXPIRED.name());
          s.setString(2, VoucherStatus.ASSIGNED.name());
          s.setString(3, VoucherStatus.VALID.name());
          s.setLong(4, chunk);
          s.setLong(5, end - 1);
          s.setObject(6, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
          s.setLong(7, spacingMillis);
          s.executeUpdate();
        }
        System.out.printf(Locale.ROOT, "  vouchers up to %,d in %.0f s%n", end,
            (System.nanoTime() - t) / 1e9);
      }
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE vouchers_code_count SET codes = codes + ? WHERE stripe = 0")) {
        s.setLong(1, to - from);
        s.executeUpdate();
      }
    }
    if (!dropped.isEmpty()) {
      long t = System.nanoTime();
      JdbcSchema.initialize(db.dataSource());
      System.out.printf(Locale.ROOT, "  %d indexes re-created by the schema in %.0f s%n",
          dropped.size(), (System.nanoTime() - t) / 1e9);
    }
    filled = to;
  }

  /** Drops the indexes of orders and vouchers that back no constraint; their names. */
  private List<String> dropSecondaryIndexes() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT indexname FROM pg_indexes i"
            + " WHERE schemaname = current_schema()"
            + " AND tablename IN ('vouchers_vouchers', 'vouchers_orders')"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    for (String name : names) {
      db.execute("DROP INDEX " + name);
    }
    return names;
  }

  /**
   * The partner of a block of orders (SQL, {@code block} a bigint expression): the big
   * partner for 30 % of the blocks, the others by a square law (the first the most).
   */
  private String partnerOf(String block) {
    String h = "(((" + block + " * 2654435761) % 4294967296) % 1000)";
    return "CASE WHEN " + h + " < 300 THEN '" + BenchProgramme.PARTNER.value() + "'"
        + " ELSE 'search-partner-' || lpad(CAST(1 + floor(" + (settings.partners() - 1)
        + " * power((" + h + " - 300) / 700.0, 2)) AS INTEGER)::text, 3, '0') END";
  }

  /** M-3 through the library: orders with names and notes, vouchers assigned by e-mail. */
  private void placeThroughTheLibrary() {
    long t = System.nanoTime();
    VoucherProgramme library = bench.programme();
    for (int i = 0; i < settings.libraryOrders(); i++) {
      PartnerId partner = i % 3 == 0 ? BenchProgramme.PARTNER : partners.get(1 + i % 10);
      Actor agent = BenchProgramme.agentOf(partner);
      String name = "Bibliothek Kundin " + i;
      String notes = "Sammelrechnung L-" + (i / 10);
      PlacedOrder placed = require(library.ordering().orderVouchers().order(
          new OrderVouchers.Command(
          agent, partner, new OrderRequest(Optional.of(name), Optional.of(notes), "invoice",
              List.of(new OrderRequest.Line(BenchProgramme.PRODUCT.value(), 1, 1, 0,
                  VOUCHERS_PER_ORDER))))));
      String recipient = i % 5 == 0 ? "Einkauf@Bibliothek" + (i / 25) + ".example"
          : "Leser." + i + "@Bibliothek.example";
      for (int v = 0; v < 4; v++) {
        require(library.vouchers().sendActivationLink().send(new SendActivationLink.Command(agent,
            placed.voucher(v), recipient, "Ihr Gutschein")));
      }
      if (i % 50 == 7) {
        Optional<PartnerId> own = Optional.empty();
        checks.add(new Check("the library's recipient " + i, new SearchVouchers.Command(
            SUPPORT, own, By.EMAIL, recipient.toUpperCase(Locale.ROOT), first()),
            placed.voucher(3)));
        checks.add(new Check("the library's customer name " + i, new SearchVouchers.Command(
            agent, own, By.CUSTOMER_NAME, name, first()), placed.voucher(0)));
        checks.add(new Check("the library's last four " + i, new SearchVouchers.Command(
            agent, own, By.LAST_FOUR, placed.codes().get(9).lastFour().toLowerCase(Locale.ROOT),
            first()), placed.voucher(9)));
        checks.add(new Check("the library's order number " + i, new SearchVouchers.Command(
            SUPPORT, own, By.ORDER_NUMBER, placed.order().number().grouped(), first()),
            placed.voucher(0)));
      }
    }
    System.out.printf(Locale.ROOT, "  %,d orders of %d placed and 4 of each assigned through"
        + " the library in %.0f s%n", settings.libraryOrders(), VOUCHERS_PER_ORDER,
        (System.nanoTime() - t) / 1e9);
  }

  /** Checks that the library's search finds synthetic vouchers of this size's fill. */
  private void syntheticChecks(long size) throws SQLException {
    long from = size / 10;
    for (int i = 0; i < 3; i++) {
      long g = from + random.nextLong(size - from);
      String sql = "SELECT v.id, v.partner_id, v.recipient, v.code_last_four, o.customer_name,"
          + " o.notes, o.order_number FROM vouchers_vouchers v JOIN vouchers_orders o"
          + " ON o.id = v.order_id WHERE v.id = CAST(md5('search-order-' || ?) AS uuid)::text"
          + " || '-' || lpad(?, 7, '0')";
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, g / VOUCHERS_PER_ORDER);
        s.setString(2, Long.toString(g % VOUCHERS_PER_ORDER + 1));
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("synthetic voucher " + g + " missing");
          }
          VoucherId id = VoucherId.of(row.getString(1));
          PartnerId partner = new PartnerId(row.getString(2));
          Actor agent = new Actor.PartnerUser(new UserId("support-agent"), partner,
              PartnerRole.ADMIN_AGENT);
          Optional<PartnerId> own = Optional.empty();
          String recipient = row.getString(3);
          if (recipient != null && !recipient.startsWith("Einkauf")) {
            checks.add(new Check("a synthetic recipient", new SearchVouchers.Command(SUPPORT,
                own, By.EMAIL, recipient.toUpperCase(Locale.ROOT), first()), id));
          }
          checks.add(new Check("synthetic last four", new SearchVouchers.Command(agent, own,
              By.LAST_FOUR, row.getString(4), first()), id));
          String customer = row.getString(5);
          if (customer != null && customer.startsWith("Kunde")) {
            checks.add(new Check("a synthetic customer name", new SearchVouchers.Command(
                SUPPORT, own, By.CUSTOMER_NAME, customer.toUpperCase(Locale.ROOT), first()),
                id));
          }
          String notes = row.getString(6);
          if (notes != null && notes.startsWith("Bestellung")) {
            checks.add(new Check("synthetic notes", new SearchVouchers.Command(agent, own,
                By.NOTES, notes.toLowerCase(Locale.ROOT), first()), id));
          }
          checks.add(new Check("a synthetic order number", new SearchVouchers.Command(agent,
              own, By.ORDER_NUMBER, Long.toString(row.getLong(7)), first()), id));
        }
      }
    }
  }

  private PageRequest first() {
    return PageRequest.first(settings.pageSize());
  }

  // ------------------------------------------------------------------ set-based fill

  /** Orders {@code ?4..?5}: parameters start, spacing (ms), status, first, last. */
  private static final String ORDERS = "INSERT INTO vouchers_orders (id, partner_id,"
      + " customer_name, notes, payment_method, placed_at, placed_by, status, version,"
      + " order_number)"
      + " SELECT CAST(md5('search-order-' || o) AS uuid)::text, $PARTNER,"
      + " CASE WHEN o % 10 = 9 THEN NULL WHEN o % 5 = 0 THEN 'Firma ' || (o / 50) || ' AG'"
      + "   ELSE 'Kunde Ölmann ' || o END,"
      + " CASE WHEN o % 10 = 8 THEN NULL WHEN o % 2 = 0 THEN 'Sammelrechnung R-' || (o / 50)"
      + "   ELSE 'Bestellung B-' || o END,"
      + " 'invoice', CAST(? AS timestamptz) + o * ? * interval '1 millisecond', 'agent', ?, 0,"
      + " 100000000 + (o * 854435761) % 900000000"
      + " FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) o"
      + " ON CONFLICT DO NOTHING";

  /**
   * The orders {@link #ORDERS} left out because the library had drawn their number already (its
   * orders draw at random, M-4: a third of the runs to 10^7 met one): another number each.
   */
  private static final String ORDERS_AGAIN = ORDERS
      .replace(" 100000000 + (o * 854435761) % 900000000",
          " 100000000 + (o * 387420489 + 1234567) % 900000000")
      .replace(" ON CONFLICT DO NOTHING", " AND NOT EXISTS (SELECT 1 FROM vouchers_orders x"
          + " WHERE x.id = CAST(md5('search-order-' || o) AS uuid)::text) ON CONFLICT DO NOTHING")
      .replace(" FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) o AND",
          " FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) o WHERE");

  /** The one line of each order: parameters price source, first, last. */
  private static final String LINES = "INSERT INTO vouchers_order_lines (order_id, line_number,"
      + " product_id, validity_years, fqdns, wildcards, product_name, quantity, currency,"
      + " unit_minor, list_minor, price_source)"
      + " SELECT CAST(md5('search-order-' || o) AS uuid)::text, 1, '"
      + BenchProgramme.PRODUCT.value() + "', 1, 1, 0, '" + BenchProgramme.PRODUCT_NAME + "', "
      + VOUCHERS_PER_ORDER + ", 'CHF', 5000, 5000, ?"
      + " FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) o";

  /**
   * Vouchers: parameters the statuses EXPIRED, ASSIGNED, VALID, first, last, start, spacing
   * (ms). A voucher's order is {@code g / 10}; its digest the SHA-256 of its number, its last
   * four symbols drawn from the digest's first bytes, its sealed code a 49-byte placeholder
   * (format byte, digest, 16 more bytes: the length of a sealed 20-symbol code).
   */
  private static final String VOUCHERS = "INSERT INTO vouchers_vouchers (id, order_id,"
      + " partner_id, product_id, validity_years, fqdns, wildcards, code_digest, code_last_four,"
      + " code_sealed, status, issued_at, expires_at, recipient, personal_message, sent_at,"
      + " version)"
      + " SELECT x.order_id || '-' || lpad((g % " + VOUCHERS_PER_ORDER + " + 1)::text, 7, '0'),"
      + " x.order_id, $PARTNER, '" + BenchProgramme.PRODUCT.value() + "', 1, 1, 0, x.d,"
      + " substr('" + CROCKFORD + "', get_byte(x.d, 0) % 32 + 1, 1)"
      + " || substr('" + CROCKFORD + "', get_byte(x.d, 1) % 32 + 1, 1)"
      + " || substr('" + CROCKFORD + "', get_byte(x.d, 2) % 32 + 1, 1)"
      + " || substr('" + CROCKFORD + "', get_byte(x.d, 3) % 32 + 1, 1),"
      + " '\\x01'::bytea || x.d || substring(x.d from 1 for 16),"
      + " CASE WHEN x.at + interval '1 year' <= now() THEN ? WHEN x.assigned THEN ? ELSE ? END,"
      + " x.at, x.at + interval '1 year',"
      + " CASE WHEN NOT x.assigned THEN NULL WHEN (g / 10) % 5 = 0"
      + "   THEN 'Einkauf@firma' || (g / 500) || '.example'"
      + "   ELSE 'Kundin.' || g || '@mail' || (g % 7) || '.example' END,"
      + " CASE WHEN x.assigned THEN '' END,"
      + " CASE WHEN x.assigned THEN x.at + interval '1 hour' END,"
      + " CASE WHEN x.assigned THEN 1 ELSE 0 END"
      + " FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) g,"
      + " LATERAL (SELECT sha256(convert_to('search-code-' || g, 'UTF8')) AS d,"
      + "   CAST(md5('search-order-' || (g / 10)) AS uuid)::text AS order_id,"
      + "   CAST(? AS timestamptz) + (g / 10) * ? * interval '1 millisecond' AS at,"
      + "   ((g * 2654435761) % 4294967296) % 10 < 4 AS assigned) x";

}
