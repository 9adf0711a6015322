// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import static dev.vouchers.benchmarks.Scale.BIG;
import static dev.vouchers.benchmarks.Scale.CLOCK;
import static dev.vouchers.benchmarks.Scale.DEEP_PAGE;
import static dev.vouchers.benchmarks.Scale.HEAP_LIMIT_MB;
import static dev.vouchers.benchmarks.Scale.LARGE;
import static dev.vouchers.benchmarks.Scale.LIMITS;
import static dev.vouchers.benchmarks.Scale.MIN_SAMPLES;
import static dev.vouchers.benchmarks.Scale.PAGE_SIZE;
import static dev.vouchers.benchmarks.Scale.RESERVOIR;
import static dev.vouchers.benchmarks.Scale.SWEEP_LIMIT;
import static dev.vouchers.benchmarks.Scale.WARMUPS;
import static dev.vouchers.benchmarks.Scale.require;

import dev.vouchers.benchmarks.Scale.Call;
import dev.vouchers.benchmarks.Scale.Settings;
import dev.vouchers.benchmarks.Scale.SizeResult;
import dev.vouchers.benchmarks.Scale.Timings;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
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
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
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

/** The state of one run: the database, the library, the orders and codes kept. */
final class ScaleRun {
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

  ScaleRun(BenchDatabase db, Settings settings) {
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
