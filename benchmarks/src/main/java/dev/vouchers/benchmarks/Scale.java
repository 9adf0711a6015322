// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
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
  private static final Clock CLOCK = Clock.systemUTC();

  /** Limits that allow the one line of 1,000,000. */
  static final OrderLimits LIMITS = new OrderLimits(1_000_000, 100, 200, 2000, 64);

  static final int BIG = 1_000_000;
  static final int LARGE = 100_000;
  static final int PAGE_SIZE = 20;
  static final int DEEP_PAGE = 100;
  private static final int RESERVOIR = 20_000;
  private static final int WARMUPS = 10;
  private static final int MIN_SAMPLES = 5;
  private static final int SWEEP_LIMIT = 10_000;
  private static final int HEAP_LIMIT_MB = 256;
  private static final double HEAP_TARGET_MB = 64;
  private static final double CANCEL_1M_TARGET_S = 15;
  private static final double SWEEP_TARGET = 50_000;
  private static final double GROWTH_TARGET = 2;

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
      long max = 10_000_000;
      int samples = 300;
      int seconds = 10;
      int partners = 20;
      int orderSize = 1000;
      int cancels = 3;
      int bigCancels = 1;
      int sweep = 50_000;
      boolean heap = true;
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
        } else if (arg.startsWith("--order-size=")) {
          orderSize = Integer.parseInt(value);
        } else if (arg.startsWith("--cancels=")) {
          cancels = Integer.parseInt(value);
        } else if (arg.startsWith("--cancels-1m=")) {
          bigCancels = Integer.parseInt(value);
        } else if (arg.startsWith("--sweep=")) {
          sweep = Integer.parseInt(value);
        } else if (arg.equals("--no-heap")) {
          heap = false;
        } else if (arg.startsWith("--out=")) {
          out = Path.of(value);
        } else {
          throw new IllegalArgumentException("unknown option " + arg);
        }
      }
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
          millis(medianMillis()),
          millis(p99Millis()),
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
      Scale.Run run = new Scale.Run(db, settings);
      for (long size : settings.sizes()) {
        results.add(run.atSize(size));
        System.out.print(table(results, List.of()));
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
    String report = "# scale\n\n" + environment + "\n\n" + table(results, heap);
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

  /** The state of one run: the database, the library, the orders and codes kept. */
  static final class Run {
    private final BenchDatabase db;
    private final Settings settings;
    private final BenchProgramme bench;
    private final BenchProgramme past;
    private final VoucherProgramme programme;
    private final List<PartnerId> partners = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<String> reservoir = new ArrayList<>();
    private long seen;
    private long filled;
    private int nextPartner;
    private @Nullable OrderId large;
    private @Nullable OrderId big;
    private @Nullable OrderId small;

    Run(BenchDatabase db, Settings settings) {
      this.db = db;
      this.settings = settings;
      this.bench = new BenchProgramme(db, LIMITS);
      // two years back: its orders expired a year ago (validity one year), due for the sweep now
      this.past = new BenchProgramme(db, LIMITS, Clock.offset(CLOCK, Duration.ofDays(-730)));
      this.programme = bench.programme();
      partners.add(BenchProgramme.PARTNER);
      for (int i = 1; i < settings.partners(); i++) {
        PartnerId partner = new PartnerId(String.format(Locale.ROOT, "scale-partner-%03d", i));
        bench.registerPartner(partner);
        partners.add(partner);
      }
    }

    SizeResult atSize(long size) {
      System.out.printf(Locale.ROOT, "%n### filling to %,d vouchers%n", size);
      long started = System.nanoTime();
      fill(size);
      db.execute("VACUUM ANALYZE", "CHECKPOINT");
      Duration fill = Duration.ofNanos(System.nanoTime() - started);
      long vouchers = db.count("SELECT COUNT(*) FROM vouchers_vouchers");
      System.out.printf(
          Locale.ROOT, "%,d vouchers after %.0f s; measuring%n", vouchers, fill.toMillis() / 1e3);
      Map<Call, Timings> timings = new LinkedHashMap<>();
      for (Call call : Call.values()) {
        Optional<Timings> measured = measure(call);
        measured.ifPresent(t -> {
          timings.put(call, t);
          System.out.printf(Locale.ROOT, "  %-40s %s%n", call.label, t.describe());
        });
      }
      double[] sweep = sweep();
      System.out.printf(Locale.ROOT, "  %-40s %,.0f vouchers/s%n", "expiry sweep", sweep[0]);
      return new SizeResult(
          size,
          vouchers,
          fill,
          timings,
          sweep[0],
          String.format(Locale.ROOT, "%,.0f vouchers in %.2f s", sweep[1], sweep[2]));
    }

    private void fill(long size) {
      if (large == null) {
        PlacedOrder placed =
            bench.order(bench.orderCommand(BenchProgramme.PARTNER, 100, LARGE / 100));
        large = placed.order().id();
        keep(placed);
      }
      if (size >= BIG && big == null) {
        PlacedOrder placed = bench.order(bench.orderCommand(BenchProgramme.PARTNER, 1, BIG));
        big = placed.order().id();
        keep(placed);
      }
      long report = filled + 500_000;
      while (filled < size) {
        int quantity = (int) Math.min(settings.orderSize(), size - filled);
        PartnerId partner = partners.get(nextPartner++ % partners.size());
        keep(bench.order(bench.orderCommand(partner, 1, quantity)));
        filled += quantity;
        if (filled >= report) {
          System.out.printf(Locale.ROOT, "  %,d%n", filled);
          report += 500_000;
        }
      }
    }

    /** Reservoir sampling (algorithm R) over every code issued. */
    private void keep(PlacedOrder placed) {
      for (VoucherCode code : placed.codes()) {
        seen++;
        if (reservoir.size() < RESERVOIR) {
          reservoir.add(typed(code));
        } else {
          long slot = random.nextLong(seen);
          if (slot < RESERVOIR) {
            reservoir.set((int) slot, typed(code));
          }
        }
      }
    }

    private String typed(VoucherCode code) {
      return programme.settings().codeFormat().format(code);
    }

    /** A code of the sample not handed out before: taken out of it. */
    private String takeCode() {
      int i = random.nextInt(reservoir.size());
      String code = reservoir.get(i);
      reservoir.set(i, reservoir.get(reservoir.size() - 1));
      reservoir.remove(reservoir.size() - 1);
      return code;
    }

    private String anyCode() {
      return reservoir.get(random.nextInt(reservoir.size()));
    }

    private Optional<Timings> measure(Call call) {
      Actor agent = BenchProgramme.PARTNER_USER;
      PartnerId partner = BenchProgramme.PARTNER;
      int many = settings.samples();
      return switch (call) {
        case ORDER_10 -> Optional.of(timed(many, () -> () -> {
          small = bench.order(bench.orderCommand(partner, 1, 10)).order().id();
        }));
        case LOOK_UP -> Optional.of(timed(many, () -> {
          String code = anyCode();
          return () -> require(programme.vouchers().lookUpCode()
              .lookUp(new LookUpCode.Command(BenchProgramme.CUSTOMER, code, CallerKey.of("test"))));
        }));
        case REDEEM -> Optional.of(timed(Math.min(many, reservoir.size() / 4), () -> {
          String code = takeCode();
          return () -> require(programme.vouchers().markRedeemed().redeem(
              new MarkRedeemed.Command(BenchProgramme.CUSTOMER, VoucherRef.code(code, CallerKey.of("test")))));
        }));
        case LIST_VOUCHERS_1 -> Optional.of(listVouchers(Set.of(), 1));
        case LIST_VOUCHERS_100 -> Optional.of(listVouchers(Set.of(), DEEP_PAGE));
        case LIST_VALID_1 -> Optional.of(listVouchers(Set.of(VoucherStatus.VALID), 1));
        case LIST_VALID_100 -> Optional.of(listVouchers(Set.of(VoucherStatus.VALID), DEEP_PAGE));
        case LIST_ORDERS_1 -> Optional.of(timed(many, () -> () -> require(programme.ordering()
            .listOrders()
            .list(new ListOrders.Command(agent, OrderFilter.all(partner),
                PageRequest.first(PAGE_SIZE))))));
        case GET_ORDER_10 -> Optional.of(timed(many, () -> {
          OrderId order = require(small);
          return () -> ScaleCalls.getOrder(programme, agent, order);
        }));
        case GET_ORDER_1M -> whenBig(() -> timed(3, () -> {
          OrderId order = require(big);
          return () -> ScaleCalls.getOrder(programme, agent, order);
        }));
        case CHECK_100K -> Optional.of(timed(many, () -> check(require(large))));
        case CHECK_1M -> whenBig(() -> timed(3, () -> check(require(big))));
        case CANCEL_100K -> Optional.of(timed(settings.cancels(), () -> cancel(fresh(LARGE))));
        case CANCEL_1M -> whenBig(() -> timed(settings.bigCancels(), () -> cancel(fresh(BIG))));
        case EXPORT_100K -> Optional.of(timed(many, () -> () -> {
          OrderId order = require(large);
          Either<Refusal, Long> written = programme.ordering().exportOrderCodes().export(
              new ExportOrderCodes.Command(agent, order, Writer.nullWriter()));
          if (written.isLeft() || written.get() != LARGE) {
            throw new IllegalStateException("export refused or short: " + written);
          }
        }));
      };
    }

    private Optional<Timings> whenBig(Supplier<Timings> measured) {
      return big == null ? Optional.empty() : Optional.of(measured.get());
    }

    private Runnable check(OrderId order) {
      return () -> require(programme.ordering().checkCancellation()
          .check(new CheckCancellation.Command(BenchProgramme.PARTNER_USER, order)));
    }

    private Runnable cancel(OrderId order) {
      return () -> {
        OrderCancellation cancelled = require(programme.ordering().cancelOrder()
            .cancel(new CancelOrder.Command(BenchProgramme.PARTNER_USER, order, "scale")));
        if (cancelled.after().cancelledAt().isEmpty()) {
          throw new IllegalStateException("order not cancelled");
        }
      };
    }

    /** A new order of the measured partner, in lines of at most 1,000 (one line for 1M). */
    private OrderId fresh(int quantity) {
      int lines = quantity >= BIG ? 1 : Math.max(1, quantity / 1000);
      return bench.order(bench.orderCommand(BenchProgramme.PARTNER, lines, quantity / lines))
          .order().id();
    }

    private Timings listVouchers(Set<VoucherStatus> statuses, int pageNumber) {
      Optional<String> after = Optional.empty();
      for (int page = 1; page < pageNumber; page++) {
        Page<VoucherView> walked = listPage(statuses, after);
        if (walked.next().isEmpty()) {
          return Timings.failed("fewer than " + pageNumber + " pages");
        }
        after = walked.next();
      }
      Optional<String> cursor = after;
      return timed(settings.samples(), () -> () -> listPage(statuses, cursor));
    }

    private Page<VoucherView> listPage(Set<VoucherStatus> statuses, Optional<String> after) {
      return require(programme.vouchers().listVouchers().list(new ListVouchers.Command(
          BenchProgramme.PARTNER_USER, BenchProgramme.PARTNER, statuses, Optional.empty(),
          Optional.empty(), new PageRequest(PAGE_SIZE, after))));
    }

    /**
     * Times up to {@code count} calls (within {@code --seconds}, at least {@value #MIN_SAMPLES})
     * after {@value #WARMUPS} untimed ones for calls that are cheap to repeat; each sample is
     * prepared untimed (e.g. a fresh order to cancel).
     */
    private Timings timed(int count, Supplier<Runnable> prepare) {
      try {
        boolean cheap = count >= WARMUPS * 2;
        long warm = System.nanoTime() + settings.seconds() * 200_000_000L; // a fifth of the time
        for (int i = 0; cheap && i < WARMUPS && System.nanoTime() < warm; i++) {
          prepare.get().run();
        }
        long deadline = System.nanoTime() + settings.seconds() * 1_000_000_000L;
        long[] nanos = new long[Math.max(1, count)];
        int n = 0;
        while (n < count && (n < MIN_SAMPLES || System.nanoTime() < deadline)) {
          Runnable call = prepare.get();
          long start = System.nanoTime();
          call.run();
          nanos[n++] = System.nanoTime() - start;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return new Timings(sorted, "");
      } catch (RuntimeException | OutOfMemoryError e) {
        return Timings.failed(e.toString());
      }
    }

    /**
     * Places {@code --sweep} vouchers that are due now (through the programme two years back)
     * and times the sweep that expires them.
     *
     * @return vouchers per second, vouchers expired, seconds
     */
    private double[] sweep() {
      int left = settings.sweep();
      while (left > 0) {
        int quantity = Math.min(left, 100_000);
        int lines = Math.max(1, quantity / 1000);
        past.order(past.orderCommand(BenchProgramme.PARTNER, lines, quantity / lines));
        left -= quantity;
      }
      db.execute("ANALYZE vouchers_vouchers", "CHECKPOINT");
      Actor sweeper = new Actor.Service("scale-sweep");
      long start = System.nanoTime();
      long expired = 0;
      while (true) {
        int now = require(programme.vouchers().expireDueVouchers()
            .expire(new ExpireDueVouchers.Command(sweeper, SWEEP_LIMIT)));
        expired += now;
        if (now == 0) {
          break;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new double[] {expired / seconds, expired, seconds};
    }

    /**
     * The peak live heap of the million-voucher order's GetOrder, CheckCancellation and
     * CancelOrder, each in a child JVM with {@code -Xmx256m} connected to this run's database.
     */
    List<PeakHeap.Forked> heapProbes() {
      List<PeakHeap.Forked> probes = new ArrayList<>();
      if (big == null) {
        return probes;
      }
      int port = db.port().orElseThrow();
      OrderId toCancel = fresh(BIG);
      probes.add(probe(ScaleHeap.GetBigOrder.class, port, require(big)));
      probes.add(probe(ScaleHeap.CheckBigOrder.class, port, require(big)));
      probes.add(probe(ScaleHeap.CancelBigOrder.class, port, toCancel));
      return probes;
    }

    private static PeakHeap.Forked probe(Class<? extends Runnable> op, int port, OrderId order) {
      System.out.printf(
          Locale.ROOT, "%n### peak heap: %s, -Xmx%dm%n", op.getSimpleName(), HEAP_LIMIT_MB);
      PeakHeap.Forked forked = PeakHeap.inForkedJvm(op, HEAP_LIMIT_MB, List.of(
          "-D" + ScaleHeap.PORT + "=" + port, "-D" + ScaleHeap.ORDER + "=" + order.value()));
      System.out.println(forked.describe());
      return forked;
    }
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the library refused: " + result.getLeft());
    }
    return result.get();
  }

  private static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("not set up");
    }
    return value;
  }

  /** The report: one row per call, a column per size, the growth and the target. */
  static String table(List<SizeResult> results, List<PeakHeap.Forked> heap) {
    StringBuilder out = new StringBuilder();
    out.append("\n| call |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,d vouchers: median / p99 ms |", r.vouchers()));
    }
    out.append(" growth (medians, largest / smallest size) | target |\n|---|");
    out.append("---|".repeat(results.size())).append("---|---|\n");
    for (Call call : Call.values()) {
      out.append("| ").append(call.label).append(" |");
      List<Timings> row = new ArrayList<>();
      for (SizeResult r : results) {
        Timings t = r.timings().get(call);
        if (t == null) {
          out.append(" — |");
        } else if (!t.ok()) {
          out.append(" FAILED: ").append(escape(t.failure())).append(" |");
        } else {
          row.add(t);
          out.append(' ').append(millis(t.medianMillis())).append(" / ")
              .append(millis(t.p99Millis())).append(" |");
        }
      }
      out.append(' ').append(growth(call, row, results.size())).append(" | ")
          .append(target(call, row)).append(" |\n");
    }
    out.append("| expiry sweep, vouchers/s |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,.0f (%s) |", r.sweepPerSecond(), r.sweepNote()));
    }
    double slowest = results.stream().mapToDouble(SizeResult::sweepPerSecond).min().orElse(0);
    out.append(" | ≥ 50,000/s ").append(results.isEmpty() ? "" : mark(slowest >= SWEEP_TARGET))
        .append(" |\n\n");
    out.append("Fill times (through the library, VACUUM ANALYZE included):");
    for (SizeResult r : results) {
      out.append(String.format(
          Locale.ROOT, " %,d: %.0f s;", r.size(), r.fill().toMillis() / 1e3));
    }
    out.append("\n");
    if (!heap.isEmpty()) {
      out.append("\nPeak heap of the 1,000,000-voucher order's calls, each in a child JVM:\n\n")
          .append("| call | peak live heap | target |\n|---|---|---|\n");
      for (PeakHeap.Forked f : heap) {
        boolean ok = f.measurement().map(m -> m.peakLiveMegabytes() <= HEAP_TARGET_MB)
            .orElse(false);
        out.append("| ").append(f.operation().substring(f.operation().lastIndexOf('$') + 1))
            .append(" | ").append(escape(f.describe())).append(" | ≤ 64 MB ").append(mark(ok))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String growth(Call call, List<Timings> row, int sizes) {
    if (!call.perRequest || row.size() < 2 || row.size() != sizes) {
      return "—";
    }
    return String.format(
        Locale.ROOT, "×%.2f", row.get(row.size() - 1).medianMillis() / row.get(0).medianMillis());
  }

  private static String target(Call call, List<Timings> row) {
    if (call.perRequest) {
      if (row.size() < 2) {
        return "≤ 2× (one size only)";
      }
      double factor = row.get(row.size() - 1).medianMillis() / row.get(0).medianMillis();
      return "≤ 2× " + mark(factor <= GROWTH_TARGET);
    }
    if (call == Call.CANCEL_1M) {
      return row.isEmpty()
          ? "≤ 15 s"
          : "≤ 15 s " + mark(row.stream().allMatch(t -> t.medianMillis() <= CANCEL_1M_TARGET_S * 1e3));
    }
    return "(bounded heap, see below)";
  }

  private static String mark(boolean passed) {
    return passed ? "✓" : "✗";
  }

  static String millis(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  private static String escape(String text) {
    String flat = text.replace("|", "\\|").replace("\n", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
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
