// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code scale} benchmark of issue 12: one embedded PostgreSQL (configured as {@link
 * BenchDatabase} runs it) filled through the library to 10^5, 10^6 and 10^7 vouchers, and at
 * each size the median and p99 latency of the calls a shop makes, the expiry sweep's rate, and
 * (at the largest size) the peak live heap of the million-voucher order's calls in a child JVM
 * with {@code -Xmx256m}. The report gives every call's growth from the smallest to the largest
 * size against the targets.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.vouchers.benchmarks.Scale [options]
 *   --max=10000000      the largest size (10^5, 10^6, 10^7 up to it); 1000000 runs in minutes,
 *                       100000 is a smoke run
 *   --samples=300       at most this many timed calls per call and size...
 *   --seconds=10        ...and at most about this many seconds of them (at least 5 calls)
 *   --partners=20       partners the fill orders are spread over (the measured one included)
 *   --order-size=1000   vouchers per fill order (one line; the default order limit)
 *   --cancels=3         fresh 100,000-voucher orders cancelled per size
 *   --cancels-1m=1      fresh 1,000,000-voucher orders cancelled per size from 10^6 on
 *   --sweep=50000       vouchers due for expiry swept per size
 *   --no-heap           skips the peak-heap probes
 *   --out=path          the Markdown report (default target/scale.md beside the jar)
 * </pre>
 *
 * <p>The fill: one order of 100,000 vouchers of the measured partner first (checked and exported
 * at every size), the order of 1,000,000 as soon as the size reaches 10^6, and orders of {@code
 * --order-size} vouchers in one line, round robin over the partners, until they hold the size's
 * number of vouchers (the special orders and those placed to be cancelled or swept come on top:
 * the report gives each size's actual count of vouchers); each size ends with {@code VACUUM ANALYZE} (what autovacuum would do in time). A
 * random sample of 20,000 of all issued codes is kept for redemptions and look-ups, so that their
 * codes are spread over the whole table rather than the newest pages. Orders cancelled or swept
 * are placed through the library too (the swept ones by a programme whose clock is two years
 * back, so that they are due now) and stay in the table.
 */
public final class Scale {
  static final Clock CLOCK = Clock.systemUTC();

  /** Limits that allow the one line of 1,000,000. */
  static final OrderLimits LIMITS = new OrderLimits(1_000_000, 100, 200, 2000, 64);

  static final int BIG = 1_000_000;
  static final int LARGE = 100_000;
  static final int PAGE_SIZE = 20;
  static final int DEEP_PAGE = 100;
  static final int RESERVOIR = 20_000;
  static final int WARMUPS = 10;
  static final int MIN_SAMPLES = 5;
  static final int SWEEP_LIMIT = 10_000;
  static final int HEAP_LIMIT_MB = 256;
  static final double HEAP_TARGET_MB = 64;
  static final double CANCEL_1M_TARGET_S = 15;
  static final double SWEEP_TARGET = 50_000;
  static final double GROWTH_TARGET = 2;

  private Scale() {}

  /** The command line. */
  record Settings(
      long max,
      int samples,
      int seconds,
      int partners,
      int orderSize,
      int cancels,
      int bigCancels,
      int sweep,
      boolean heap,
      @Nullable Path out) {

    static Settings parse(String[] args) {
      Options options = Options.of(args);
      long max = options.longValue("--max", 10_000_000);
      int samples = options.intValue("--samples", 300);
      int seconds = options.intValue("--seconds", 10);
      int partners = options.intValue("--partners", 20);
      int orderSize = options.intValue("--order-size", 1000);
      int cancels = options.intValue("--cancels", 3);
      int bigCancels = options.intValue("--cancels-1m", 1);
      int sweep = options.intValue("--sweep", 50_000);
      boolean heap = !options.flag("--no-heap");
      Path out = options.path("--out");
      options.checked();
      if (max < LARGE || partners < 1 || orderSize < 1 || orderSize > 1000 || samples < 1) {
        throw new IllegalArgumentException(
            "--max must be at least 100000, --partners and --samples positive, --order-size 1..1000");
      }
      return new Settings(
          max, samples, seconds, partners, orderSize, cancels, bigCancels, sweep, heap, out);
    }

    List<Long> sizes() {
      List<Long> sizes = new ArrayList<>();
      for (long size = LARGE; size <= max; size *= 10) {
        sizes.add(size);
      }
      return sizes;
    }
  }

  /** The timed calls, in report order, with their kind of target. */
  enum Call {
    ORDER_10("OrderVouchers, 1 line x 10", true),
    REDEEM("MarkRedeemed by code", true),
    LOOK_UP("LookUpCode", true),
    LIST_VOUCHERS_1("ListVouchers page 1", true),
    LIST_VOUCHERS_100("ListVouchers page 100", true),
    LIST_VALID_1("ListVouchers status VALID, page 1", true),
    LIST_VALID_100("ListVouchers status VALID, page 100", true),
    LIST_ORDERS_1("ListOrders page 1", true),
    GET_ORDER_10("GetOrder, 10 vouchers", true),
    GET_ORDER_1M("GetOrder, 1,000,000 vouchers", false),
    CHECK_100K("CheckCancellation, 100,000", false),
    CHECK_1M("CheckCancellation, 1,000,000", false),
    CANCEL_100K("CancelOrder, 100,000", false),
    CANCEL_1M("CancelOrder, 1,000,000", false),
    EXPORT_100K("ExportOrderCodes, 100,000", false);

    final String label;
    final boolean perRequest;

    Call(String label, boolean perRequest) {
      this.label = label;
      this.perRequest = perRequest;
    }
  }

  /** The latencies of one call at one size, or why it failed. */
  record Timings(long[] sortedNanos, String failure) {

    static Timings failed(String why) {
      return new Timings(new long[0], why);
    }

    boolean ok() {
      return failure.isEmpty() && sortedNanos.length > 0;
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
        return "FAILED: " + failure;
      }
      return String.format(
          Locale.ROOT,
          "median %s ms, p99 %s ms (%d calls)",
          ScaleReport.millis(medianMillis()),
          ScaleReport.millis(p99Millis()),
          sortedNanos.length);
    }
  }

  /** What one size measured. */
  record SizeResult(
      long size,
      long vouchers,
      Duration fill,
      Map<Call, Timings> timings,
      double sweepPerSecond,
      String sweepNote) {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class documentation
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    double loadBefore = loadAverage();
    List<SizeResult> results = new ArrayList<>();
    List<PeakHeap.Forked> heap = new ArrayList<>();
    try (BenchDatabase db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 2)) {
      ScaleRun run = new ScaleRun(db, settings);
      for (long size : settings.sizes()) {
        results.add(run.atSize(size));
        System.out.print(ScaleReport.table(results, List.of()));
      }
      if (settings.heap()) {
        heap.addAll(run.heapProbes());
      }
    }
    String environment =
        String.format(
            Locale.ROOT,
            "%s; Java %s, %d CPUs, load average %.1f before / %.1f after; max heap %d MiB; %s",
            CLOCK.instant().truncatedTo(ChronoUnit.SECONDS),
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            loadAverage(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            String.join(" ", args));
    String report = "# scale\n\n" + environment + "\n\n" + ScaleReport.table(results, heap);
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

  static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the library refused: " + result.getLeft());
    }
    return result.get();
  }

  static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("not set up");
    }
    return value;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
  }

  private static Path defaultReport() {
    java.security.CodeSource source = Scale.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Path.of("scale.md");
    }
    try {
      Path parent = Path.of(source.getLocation().toURI()).getParent();
      return (parent != null ? parent : Path.of(".")).resolve("scale.md");
    } catch (java.net.URISyntaxException | SecurityException e) {
      return Path.of("scale.md");
    }
  }
}
