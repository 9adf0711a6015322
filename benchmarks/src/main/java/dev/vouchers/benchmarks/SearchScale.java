// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  static final Clock CLOCK = Clock.systemUTC();
  static final long LARGE = 100_000;
  static final int VOUCHERS_PER_ORDER = 10;
  static final int ORDERS_PER_BLOCK = 100;
  static final long CHUNK = 1_000_000;
  static final int WARMUPS = 10;
  static final int MIN_SAMPLES = 5;
  static final double GROWTH_TARGET = 2;
  static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("support-desk"), StaffRole.SUPPORT);

  private SearchScale() {}

  /** The command line. */
  record Settings(long max, int samples, int seconds, int partners, int libraryOrders,
      int pageSize, @Nullable Path out) {

    static Settings parse(String[] args) {
      Options options = Options.of(args);
      long max = options.longValue("--max", 10_000_000);
      int samples = options.intValue("--samples", 200);
      int seconds = options.intValue("--seconds", 15);
      int partners = options.intValue("--partners", 200);
      int libraryOrders = options.intValue("--library-orders", 300);
      int pageSize = options.intValue("--page-size", 20);
      Path out = options.path("--out");
      options.checked();
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
  record Timings(long[] sortedNanos, long[] serverNanos, long[] serverBlocks, long hits,
      String note) {
    boolean ok() {
      return sortedNanos.length > 0;
    }

    double medianMillis() {
      int n = sortedNanos.length;
      double median =
          n % 2 == 1 ? sortedNanos[n / 2] : (sortedNanos[n / 2 - 1] + sortedNanos[n / 2]) / 2.0;
      return median / 1e6;
    }

    /** The median of the server's execution time per call; NaN without server times. */
    double serverMedianMillis() {
      int n = serverNanos.length;
      if (n == 0) {
        return Double.NaN;
      }
      double median =
          n % 2 == 1 ? serverNanos[n / 2] : (serverNanos[n / 2 - 1] + serverNanos[n / 2]) / 2.0;
      return median / 1e6;
    }

    /**
     * The median of the shared buffers (8 kB pages, hit or read) the call's statements touched:
     * what the plans do, whatever the machine's load; NaN without server figures.
     */
    double blocksMedian() {
      int n = serverBlocks.length;
      if (n == 0) {
        return Double.NaN;
      }
      return n % 2 == 1 ? serverBlocks[n / 2]
          : (serverBlocks[n / 2 - 1] + serverBlocks[n / 2]) / 2.0;
    }

    double p99Millis() {
      int index = (int) Math.ceil(0.99 * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, index)] / 1e6;
    }

    String describe() {
      if (!ok()) {
        return "— (" + note + ")";
      }
      return String.format(Locale.ROOT,
          "median %s ms, p99 %s ms, server median %s ms, %.0f buffers (%d calls, %.1f rows/call)",
          ScaleReport.millis(medianMillis()), ScaleReport.millis(p99Millis()),
          ScaleReport.millis(serverMedianMillis()), blocksMedian(), sortedNanos.length,
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
    // the server's execution time per statement, read around each timed call (SearchTimer)
    if (System.getProperty("bench.pg.shared_preload_libraries") == null) {
      System.setProperty("bench.pg.shared_preload_libraries", "pg_stat_statements");
    }
    try (BenchDatabase db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 2)) {
      SearchFill fill = new SearchFill(db, settings);
      for (long size : settings.sizes()) {
        Duration took = fill.to(size);
        long vouchers = db.count("SELECT COUNT(*) FROM vouchers_vouchers");
        long orders = db.count("SELECT COUNT(*) FROM vouchers_orders");
        System.out.printf(Locale.ROOT, "%,d vouchers, %,d orders after %.0f s%n", vouchers,
            orders, took.toMillis() / 1e3);
        // each size timed in a JVM of its own, not in the one that has just filled the rows
        results.add(new SizeResult(size, vouchers, orders, took,
            SearchTimerJvm.inChildJvm(db, List.of(args), vouchers, orders)));
        System.out.print(table(results));
      }
      plans = new SearchTimer(db, settings).plans(results.get(results.size() - 1).vouchers());
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

  /** The searching programme: the library over the storage, codes shown once. */
  static VoucherProgramme programme(JdbcStorage storage) {
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

  // ------------------------------------------------------------------ the report

  /**
   * One row per form, a column per size (client median / p99, the server's median, rows per
   * call), the growth of both medians and the target.
   */
  static String table(List<SizeResult> results) {
    StringBuilder out = new StringBuilder("\n| form |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT,
          " %,d vouchers: median / p99 ms, server median ms, buffers (rows) |", r.vouchers()));
    }
    out.append(" growth (client / server medians; buffers) | target |\n|---|")
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
              .append(ScaleReport.millis(t.p99Millis())).append(", ")
              .append(ScaleReport.millis(t.serverMedianMillis()))
              .append(String.format(Locale.ROOT, ", %.0f (%.1f) |", t.blocksMedian(),
                  (double) t.hits() / t.sortedNanos().length));
        }
      }
      if (row.size() >= 2 && row.size() == results.size()) {
        Timings smallest = row.get(0);
        Timings largest = row.get(row.size() - 1);
        double client = largest.medianMillis() / smallest.medianMillis();
        double server = largest.serverMedianMillis() / smallest.serverMedianMillis();
        double blocks = largest.blocksMedian() / smallest.blocksMedian();
        out.append(String.format(Locale.ROOT, " ×%.2f / ×%.2f; ×%.2f | ≤ 2× %s / %s |\n",
            client, server, blocks, client <= GROWTH_TARGET ? "✓" : "✗",
            Double.isNaN(server) ? "—" : server <= GROWTH_TARGET ? "✓" : "✗"));
      } else {
        out.append(" — | ≤ 2× |\n");
      }
    }
    out.append("\n(rows): the vouchers a call answered, on average. Client: the call through the"
        + " library, timed in a JVM of its own per size. Server: the execution time PostgreSQL"
        + " spent on the call's statements (pg_stat_statements, read before and after each"
        + " call). Buffers: the shared buffers (8 kB pages, hit or read) those statements"
        + " touched, median per call, which the machine's load does not change. Growth: the"
        + " median at the largest size over the median at the smallest.\n");
    out.append("\nFill (set-based, the library's orders, index re-creation and VACUUM ANALYZE"
        + " included):");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,d vouchers in %,d orders: %.0f s;",
          r.vouchers(), r.orders(), r.fill().toMillis() / 1e3));
    }
    return out.append("\n").toString();
  }

  static <T> T require(Either<Refusal, T> result) {
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
