// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.jdbc.Dialect;
import dev.vouchers.jdbc.Isolation;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * M-3 at scale (issue 16, L-1): support search ({@link SearchVouchers}) timed through the
 * library's use case over one embedded PostgreSQL (configured as {@link BenchDatabase} runs it)
 * filled to 10^5, 10^6 and 10^7 vouchers.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.vouchers.benchmarks.SearchScale [options]
 *   --max=10000000       the largest size (10^5, 10^6, 10^7 up to it); 100000 is a smoke run
 *   --samples=200        timed calls per form and size (each with its own search term)...
 *   --seconds=15         ...within about this many seconds (at least 5 calls)
 *   --partners=200       partners (one big one holds about 30 % of the orders)
 *   --library-orders=300 orders of 10 placed through the library (and 4 of each assigned)
 *   --page-size=20       the page size of every search
 *   --out=path           the Markdown report (default target/search-scale.md beside the jar)
 * </pre>
 *
 * <p>The fill is set-based ({@code INSERT ... SELECT ... FROM generate_series}) into the
 * library's own tables (created by {@link JdbcSchema}), so that 10^7 vouchers take minutes
 * instead of the hours an order at a time through the library would: orders of 10 vouchers,
 * placed a minute or so apart over the two years before the run, in blocks of 100 orders of one
 * partner (a skewed choice: the big partner about 30 %, the others by a square law), with order
 * numbers, order lines, customer names (a company's name on every fifth order, shared by its ten
 * orders; otherwise the customer's own), notes (every even order's an invoice run shared by 20
 * orders; otherwise its own), and vouchers with a SHA-256 digest, last four symbols drawn from
 * it, a 49-byte sealed-code placeholder, a status (EXPIRED after a year, ASSIGNED when it has a
 * recipient), and for 40 % a recipient (on a company's orders the company's purchasing address,
 * about 40 vouchers each; otherwise the customer's own). Before a large step the secondary
 * indexes of orders and vouchers are dropped and re-created afterwards by {@link JdbcSchema}
 * (the library's schema, unchanged); each size ends with {@code VACUUM ANALYZE}. With the first
 * size, {@code --library-orders} orders are placed and their vouchers assigned through the
 * library's use cases; at every size the search must find both kinds (checked, the run stops
 * otherwise).
 *
 * <p>Then every form is timed: recipient e-mail, last four symbols, customer name, notes and
 * order number (M-4), each as a user of the term's partner within that partner and as the
 * vendor's {@code SUPPORT} across partners; the first page with a term drawn from the filled
 * data (a random sample of vouchers and orders), the next page by the keyset cursor of the first
 * (terms with more than a page of hits), and the first page with a random term that matches
 * nothing. The searching programme keeps codes shown once ({@link CodeVault#shownOnce}: the views
 * mask every code, the library's and the synthetic placeholders alike). At the largest size the
 * report also gives {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements each form's call sent
 * (recorded by {@link RecordingDataSource}).
 */
public final class SearchScale {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final long LARGE = 100_000;
  private static final int VOUCHERS_PER_ORDER = 10;
  private static final int ORDERS_PER_BLOCK = 100;
  private static final long CHUNK = 1_000_000;
  private static final int WARMUPS = 10;
  private static final int MIN_SAMPLES = 5;
  private static final double GROWTH_TARGET = 2;
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("support-desk"), StaffRole.SUPPORT);

  private SearchScale() {}

  /** The command line. */
  record Settings(long max, int samples, int seconds, int partners, int libraryOrders,
      int pageSize, @Nullable Path out) {

    static Settings parse(String[] args) {
      long max = 10_000_000;
      int samples = 200;
      int seconds = 15;
      int partners = 200;
      int libraryOrders = 300;
      int pageSize = 20;
      Path out = null;
      for (String arg : args) {
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.startsWith("--max=")) {
          max = Long.parseLong(value);
        } else if (arg.startsWith("--samples=")) {
          samples = Integer.parseInt(value);
        } else if (arg.startsWith("--seconds=")) {
          seconds = Integer.parseInt(value);
        } else if (arg.startsWith("--partners=")) {
          partners = Integer.parseInt(value);
        } else if (arg.startsWith("--library-orders=")) {
          libraryOrders = Integer.parseInt(value);
        } else if (arg.startsWith("--page-size=")) {
          pageSize = Integer.parseInt(value);
        } else if (arg.startsWith("--out=")) {
          out = Path.of(value);
        } else {
          throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (max < LARGE || partners < 2 || partners > 999 || samples < 1 || libraryOrders < 10
          || pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
        throw new IllegalArgumentException("--max at least 100000, --partners 2..999,"
            + " --samples positive, --library-orders at least 10, --page-size 1.."
            + PageRequest.MAX_SIZE);
      }
      return new Settings(max, samples, seconds, partners, libraryOrders, pageSize, out);
    }

    List<Long> sizes() {
      List<Long> sizes = new ArrayList<>();
      for (long size = LARGE; size <= max; size *= 10) {
        sizes.add(size);
      }
      return sizes;
    }
  }

  /** Which page of which kind of term a form times. */
  enum Kind {
    /** The first page, a term drawn from the filled data. */
    HIT("hit, page 1"),
    /** The second page by the first page's cursor, a term with more than a page of hits. */
    NEXT("hit, page 2 by cursor"),
    /** The first page, a random term that matches nothing. */
    MISS("miss, page 1");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** One timed form: field, scope (a partner's user or SUPPORT across partners) and kind. */
  record Form(By by, boolean support, Kind kind) {
    String label() {
      return by.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
          + (support ? "SUPPORT, every partner" : "partner user, own partner") + ", "
          + kind.label;
    }

    static List<Form> all() {
      List<Form> forms = new ArrayList<>();
      for (By by : By.values()) {
        for (boolean support : new boolean[] {false, true}) {
          for (Kind kind : Kind.values()) {
            if (kind == Kind.NEXT && by == By.ORDER_NUMBER) {
              continue; // an order of ten has one page
            }
            forms.add(new Form(by, support, kind));
          }
        }
      }
      return forms;
    }
  }

  /** A search term and the partner whose user searches it. */
  record Term(PartnerId partner, String text) {}

  /** The latencies of one form at one size. */
  record Timings(long[] sortedNanos, long hits, String note) {
    boolean ok() {
      return sortedNanos.length > 0;
    }

    double medianMillis() {
      int n = sortedNanos.length;
      double median =
          n % 2 == 1 ? sortedNanos[n / 2] : (sortedNanos[n / 2 - 1] + sortedNanos[n / 2]) / 2.0;
      return median / 1e6;
    }

    double p99Millis() {
      int index = (int) Math.ceil(0.99 * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, index)] / 1e6;
    }

    String describe() {
      if (!ok()) {
        return "— (" + note + ")";
      }
      return String.format(Locale.ROOT, "median %s ms, p99 %s ms (%d calls, %.1f rows/call)",
          ScaleReport.millis(medianMillis()), ScaleReport.millis(p99Millis()), sortedNanos.length,
          (double) hits / sortedNanos.length);
    }
  }

  /** What one size measured. */
  record SizeResult(long size, long vouchers, long orders, Duration fill,
      Map<Form, Timings> timings) {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class documentation
   * @throws IOException if the report cannot be written
   * @throws SQLException if the fill or a plan fails
   */
  public static void main(String[] args) throws IOException, SQLException {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // index builds after the large steps (the server's other settings as BenchDatabase's)
    if (System.getProperty("bench.pg.maintenance_work_mem") == null) {
      System.setProperty("bench.pg.maintenance_work_mem", "512MB");
    }
    double loadBefore = loadAverage();
    List<SizeResult> results = new ArrayList<>();
    String plans;
    try (BenchDatabase db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 2)) {
      Run run = new Run(db, settings);
      for (long size : settings.sizes()) {
        results.add(run.atSize(size));
        System.out.print(table(results));
      }
      plans = run.plans(results.get(results.size() - 1).vouchers());
    }
    String environment = String.format(Locale.ROOT,
        "%s; Java %s, %d CPUs, load average %.1f before / %.1f after; max heap %d MiB; %s",
        CLOCK.instant().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), String.join(" ", args));
    String report = "# search-scale (M-3, L-1)\n\n" + environment + "\n\n" + table(results)
        + "\n" + plans;
    System.out.println();
    System.out.print(report);
    Path out = settings.out() != null ? settings.out() : defaultReport();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(System.lineSeparator() + "Markdown report: " + out);
  }

  /** The state of one run. */
  static final class Run {
    private final BenchDatabase db;
    private final Settings settings;
    private final BenchProgramme bench;
    private final VoucherProgramme search;
    private final RecordingDataSource recording;
    private final VoucherProgramme recorded;
    private final List<PartnerId> partners = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(16);
    private final Instant start;
    private final long spacingMillis;
    private final List<Check> checks = new ArrayList<>();
    private long filled;

    /** A search that must find a voucher: of the library's or the synthetic rows. */
    record Check(String label, SearchVouchers.Command command, VoucherId expected) {}

    Run(BenchDatabase db, Settings settings) {
      this.db = db;
      this.settings = settings;
      this.bench = new BenchProgramme(db, Scale.LIMITS);
      this.search = programme(db.storage());
      this.recording = new RecordingDataSource(db.dataSource());
      this.recorded = programme(JdbcStorage.builder(recording.dataSource())
          .isolation(Isolation.DATABASE_DEFAULT).dialect(Dialect.POSTGRESQL).build());
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

    /** The searching programme: the library over the storage, codes shown once. */
    private static VoucherProgramme programme(JdbcStorage storage) {
      return VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder().redemptionBaseUrl(BenchProgramme.REDEMPTION_PAGE)
              .orderLimits(Scale.LIMITS).build())
          .clock(CLOCK)
          .vouchers(storage.vouchers())
          .partners(storage.partners())
          .catalog(storage.catalog())
          .mandates(storage.mandates())
          .codeVault(CodeVault.shownOnce(BenchProgramme.LOOKUP_KEY))
          .build();
    }

    SizeResult atSize(long size) throws SQLException {
      System.out.printf(Locale.ROOT, "%n### filling to %,d synthetic vouchers%n", size);
      long started = System.nanoTime();
      fill(filled, size);
      if (checks.isEmpty()) {
        placeThroughTheLibrary();
      }
      syntheticChecks(size);
      db.execute("VACUUM ANALYZE", "CHECKPOINT");
      Duration fill = Duration.ofNanos(System.nanoTime() - started);
      long vouchers = db.count("SELECT COUNT(*) FROM vouchers_vouchers");
      long orders = db.count("SELECT COUNT(*) FROM vouchers_orders");
      System.out.printf(Locale.ROOT, "%,d vouchers, %,d orders after %.0f s%n", vouchers, orders,
          fill.toMillis() / 1e3);
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
      Map<By, List<Term>> hits = hits(vouchers, orders);
      Map<Form, Timings> timings = new LinkedHashMap<>();
      for (Form form : Form.all()) {
        // each form its own order of the terms: no form runs on pages an earlier one warmed
        List<Term> terms = new ArrayList<>(hits.get(form.by()));
        shuffle(terms);
        Timings t = measure(form, terms);
        timings.put(form, t);
        System.out.printf(Locale.ROOT, "  %-62s %s%n", form.label(), t.describe());
      }
      return new SizeResult(size, vouchers, orders, fill, timings);
    }

    // ------------------------------------------------------------------ the fill

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

    // ------------------------------------------------------------------ the terms

    /** Terms drawn from a random sample of the stored vouchers and orders, per field. */
    private Map<By, List<Term>> hits(long vouchers, long orders) throws SQLException {
      int wanted = settings.samples() * 20;
      Map<By, List<Term>> terms = new LinkedHashMap<>();
      for (By by : By.values()) {
        terms.put(by, new ArrayList<>());
      }
      sample("SELECT partner_id, recipient, code_last_four FROM vouchers_vouchers"
          + " TABLESAMPLE BERNOULLI(CAST(? AS real))", percent(wanted, vouchers), row -> {
            PartnerId partner = new PartnerId(row.getString(1));
            if (row.getString(2) != null) {
              terms.get(By.EMAIL).add(new Term(partner, row.getString(2)));
            }
            terms.get(By.LAST_FOUR).add(new Term(partner, row.getString(3)));
          });
      sample("SELECT partner_id, customer_name, notes, order_number FROM vouchers_orders"
          + " TABLESAMPLE BERNOULLI(CAST(? AS real))", percent(wanted, orders), row -> {
            PartnerId partner = new PartnerId(row.getString(1));
            if (row.getString(2) != null) {
              terms.get(By.CUSTOMER_NAME).add(new Term(partner, row.getString(2)));
            }
            if (row.getString(3) != null) {
              terms.get(By.NOTES).add(new Term(partner, row.getString(3)));
            }
            terms.get(By.ORDER_NUMBER).add(new Term(partner, Long.toString(row.getLong(4))));
          });
      for (List<Term> list : terms.values()) {
        shuffle(list);
      }
      return terms;
    }

    private static double percent(int wanted, long rows) {
      return Math.min(100, 100.0 * wanted / Math.max(1, rows));
    }

    /** One row of a sample. */
    @FunctionalInterface
    private interface RowHandler {
      void accept(ResultSet row) throws SQLException;
    }

    private void sample(String sql, double percent, RowHandler handler) throws SQLException {
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        s.setDouble(1, percent);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            handler.accept(rows);
          }
        }
      }
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        T swap = list.get(i);
        list.set(i, list.get(j));
        list.set(j, swap);
      }
    }

    /** A random term of the field that matches nothing (of the partner of a drawn term). */
    private Term miss(By by, List<Term> drawn) {
      PartnerId partner = drawn.isEmpty() ? BenchProgramme.PARTNER
          : drawn.get(random.nextInt(drawn.size())).partner();
      long n = random.nextLong(1_000_000_000L);
      String text = switch (by) {
        case EMAIL -> "niemand." + n + "@nirgends.example";
        case LAST_FOUR -> {
          StringBuilder symbols = new StringBuilder();
          for (int i = 0; i < 4; i++) {
            symbols.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
          }
          yield symbols.toString();
        }
        case CUSTOMER_NAME -> "Niemand " + n;
        case NOTES -> "Keine Rechnung " + n;
        case ORDER_NUMBER -> Long.toString(100_000_000L + random.nextLong(900_000_000L));
      };
      return new Term(partner, text);
    }

    // ------------------------------------------------------------------ timing

    private SearchVouchers.Command command(Form form, Term term, PageRequest page) {
      Actor principal = form.support() ? SUPPORT
          : new Actor.PartnerUser(new UserId("support-agent"), term.partner(),
              PartnerRole.ADMIN_AGENT);
      return new SearchVouchers.Command(principal, Optional.empty(), form.by(), term.text(),
          page);
    }

    /** A call ready to be timed, and how many rows it must answer at least. */
    private record Prepared(SearchVouchers.Command command, int atLeast) {}

    /** The next call of the form with the terms from {@code next}, if any term is left. */
    private Optional<Prepared> prepare(Form form, List<Term> terms, int[] next) {
      // a page-2 form tries at most this many terms for one with a second page
      int tries = form.kind() == Kind.NEXT
          ? Math.min(terms.size(), settings.samples() * 8) : terms.size();
      while (next[0] < tries || form.kind() == Kind.MISS) {
        if (form.kind() == Kind.MISS) {
          next[0]++;
          return Optional.of(new Prepared(command(form, miss(form.by(), terms), first()), 0));
        }
        Term term = terms.get(next[0]++);
        if (form.kind() == Kind.HIT) {
          return Optional.of(new Prepared(command(form, term, first()), 1));
        }
        Page<VoucherView> first = require(search.ordering().searchVouchers()
            .search(command(form, term, first())));
        if (first.next().isPresent()) {
          return Optional.of(new Prepared(command(form, term,
              PageRequest.after(settings.pageSize(), first.next().get())), 1));
        }
      }
      return Optional.empty();
    }

    private Timings measure(Form form, List<Term> terms) {
      int[] next = {0};
      long warmUntil = System.nanoTime() + settings.seconds() * 200_000_000L;
      for (int i = 0; i < WARMUPS && System.nanoTime() < warmUntil; i++) {
        Optional<Prepared> call = prepare(form, terms, next);
        if (call.isEmpty()) {
          break;
        }
        require(search.ordering().searchVouchers().search(call.get().command()));
      }
      long deadline = System.nanoTime() + settings.seconds() * 1_000_000_000L;
      long[] nanos = new long[settings.samples()];
      int n = 0;
      long hits = 0;
      while (n < nanos.length && (n < MIN_SAMPLES || System.nanoTime() < deadline)) {
        Optional<Prepared> call = prepare(form, terms, next);
        if (call.isEmpty()) {
          break;
        }
        long started = System.nanoTime();
        Either<Refusal, Page<VoucherView>> page =
            search.ordering().searchVouchers().search(call.get().command());
        nanos[n++] = System.nanoTime() - started;
        int rows = require(page).items().size();
        if (rows < call.get().atLeast()) {
          throw new IllegalStateException("a term drawn from the data found nothing: "
              + form.label());
        }
        hits += rows;
      }
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      return new Timings(sorted, hits, n == 0 ? "no term with more than a page of hits" : "");
    }

    // ------------------------------------------------------------------ plans

    /** EXPLAIN (ANALYZE, BUFFERS) of each form's statements, one call each, as Markdown. */
    String plans(long vouchers) throws SQLException {
      Map<By, List<Term>> terms = hits(vouchers, db.count("SELECT COUNT(*) FROM vouchers_orders"));
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "## Plans at %,d vouchers%n%nEvery query one call of each form sent, as"
              + " `EXPLAIN (ANALYZE, BUFFERS)` with the parameters the library bound.%n",
          vouchers));
      for (Form form : Form.all()) {
        Optional<Prepared> call = prepare(form, terms.get(form.by()), new int[] {0});
        out.append("\n### ").append(form.label()).append("\n\n");
        if (call.isEmpty()) {
          out.append("No term with more than a page of hits.\n");
          continue;
        }
        recording.drain();
        require(recorded.ordering().searchVouchers().search(call.get().command()));
        out.append("```text\n");
        for (RecordingDataSource.Recorded query : recording.drain()) {
          if (query.sql().startsWith("SELECT") && query.sql().contains("vouchers_")
              && !query.sql().contains("vouchers_products")
              && !query.sql().contains("vouchers_partners")) {
            out.append(query.sql()).append('\n')
                .append(RecordingDataSource.explain(db.dataSource(), query)).append('\n');
          }
        }
        out.append("```\n");
      }
      System.out.print(out);
      return out.toString();
    }
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

  // ------------------------------------------------------------------ the report

  /** One row per form, a column per size, the growth of the median and the target. */
  static String table(List<SizeResult> results) {
    StringBuilder out = new StringBuilder("\n| form |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,d vouchers: median / p99 ms (rows) |",
          r.vouchers()));
    }
    out.append(" growth (medians) | target |\n|---|")
        .append("---|".repeat(results.size())).append("---|---|\n");
    for (Form form : Form.all()) {
      out.append("| ").append(form.label()).append(" |");
      List<Timings> row = new ArrayList<>();
      for (SizeResult r : results) {
        Timings t = r.timings().get(form);
        if (t == null || !t.ok()) {
          out.append(" — |");
        } else {
          row.add(t);
          out.append(' ').append(ScaleReport.millis(t.medianMillis())).append(" / ")
              .append(ScaleReport.millis(t.p99Millis())).append(String.format(Locale.ROOT,
                  " (%.1f) |", (double) t.hits() / t.sortedNanos().length));
        }
      }
      if (row.size() >= 2 && row.size() == results.size()) {
        double factor = row.get(row.size() - 1).medianMillis() / row.get(0).medianMillis();
        out.append(String.format(Locale.ROOT, " ×%.2f | ≤ 2× %s |\n", factor,
            factor <= GROWTH_TARGET ? "✓" : "✗"));
      } else {
        out.append(" — | ≤ 2× |\n");
      }
    }
    out.append("\n(rows): the vouchers a call answered, on average. Growth: the median at the"
        + " largest size over the median at the smallest.\n");
    out.append("\nFill (set-based, the library's orders, index re-creation and VACUUM ANALYZE"
        + " included):");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,d vouchers in %,d orders: %.0f s;",
          r.vouchers(), r.orders(), r.fill().toMillis() / 1e3));
    }
    return out.append("\n").toString();
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the library refused: " + result.getLeft());
    }
    return result.get();
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
  }

  private static Path defaultReport() {
    java.security.CodeSource source = SearchScale.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Path.of("search-scale.md");
    }
    try {
      Path parent = Path.of(source.getLocation().toURI()).getParent();
      return (parent != null ? parent : Path.of(".")).resolve("search-scale.md");
    } catch (java.net.URISyntaxException | SecurityException e) {
      return Path.of("search-scale.md");
    }
  }
}
