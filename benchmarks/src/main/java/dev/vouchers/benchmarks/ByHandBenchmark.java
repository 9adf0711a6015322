// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * The library against its own statements by hand (like baseline C of {@link RedeemBenchmark}),
 * on PostgreSQL, one thread, operations per second:
 *
 * <ul>
 *   <li>{@link #sendLibrary()} / {@link #sendByHand()}: send the activation link of a VALID
 *       voucher (S-2): {@code sendActivationLink} against {@link ActivationLinkByHand};
 *   <li>{@link #cancelLibrary()} / {@link #cancelByHand()}: cancel an order of {@value
 *       #CANCELLED} VALID vouchers (V-6): {@code cancelOrder} against {@link CancelOrderByHand}.
 * </ul>
 *
 * <p>Every operation uses a voucher or order of its own: before every iteration (outside the
 * measured time) the tables are emptied and fresh ones placed through the library, 2.5 times as
 * many as the fastest iteration so far used.
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ByHandBenchmark {
  /** Vouchers in an order to cancel. */
  public static final int CANCELLED = 100;

  private static final String RECIPIENT = "someone@example.com";
  private static final String MESSAGE = "Your certificate voucher";

  private BenchDatabase db;
  private BenchProgramme programme;
  private ActivationLinkByHand sendByHand;
  private CancelOrderByHand cancelByHand;
  private boolean cancels;
  private volatile List<String> ids = List.of();
  private final AtomicInteger next = new AtomicInteger();
  private double fastest;
  private long started;

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public ByHandBenchmark() {}

  /**
   * Starts PostgreSQL and the library.
   *
   * @param params JMH's parameters (which benchmark runs)
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    programme = new BenchProgramme(db, OrderLimits.defaults());
    String by = BenchProgramme.PARTNER_USER.describe();
    sendByHand = new ActivationLinkByHand(db.dataSource(), by);
    cancelByHand = new CancelOrderByHand(db.dataSource(), by);
    cancels = params.getBenchmark().contains(".cancel");
  }

  /**
   * Empties the tables and places what the coming iteration uses: VALID vouchers to send, or
   * orders of {@value #CANCELLED} to cancel.
   *
   * @param iteration JMH's parameters of the coming iteration (for its length)
   * @throws SQLException if the database fails
   */
  @Setup(Level.Iteration)
  public void prepare(IterationParams iteration) throws SQLException {
    if (started != 0) {
      double seconds = (System.nanoTime() - started) / 1e9;
      fastest = Math.max(fastest, Math.min(next.get(), ids.size()) / seconds);
    }
    double length = iteration.getTime().convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    ids = List.of();
    db.clearVouchers();
    if (cancels) {
      // the first iteration knows no rate yet: enough for 750 cancellations a second (a quiet
      // machine does about 300), later ones 2.5 times the fastest seen
      int orders = fastest == 0 ? (int) (750 * length) : (int) (2.5 * fastest * length + 10);
      List<String> placed = new ArrayList<>(orders);
      for (int i = 0; i < orders; i++) {
        placed.add(programme.order(CANCELLED).order().id().value());
      }
      ids = List.copyOf(placed);
    } else {
      int vouchers = fastest == 0 ? 10_000 : (int) (2.5 * fastest * length + 100);
      programme.issue(vouchers);
      ids = voucherIds();
    }
    next.set(0);
    db.analyze();
    started = System.nanoTime();
  }

  private List<String> voucherIds() throws SQLException {
    List<String> all = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id FROM vouchers_vouchers ORDER BY id");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        all.add(rows.getString(1));
      }
    }
    return List.copyOf(all);
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  private String nextId() {
    int i = next.getAndIncrement();
    List<String> current = ids;
    if (i >= current.size()) {
      throw new IllegalStateException("ran out of prepared vouchers or orders");
    }
    return current.get(i);
  }

  /**
   * The library sends an activation link.
   *
   * @return the answer
   */
  @Benchmark
  public Object sendLibrary() {
    return require(programme.programme().vouchers().sendActivationLink().send(
        new SendActivationLink.Command(
        BenchProgramme.PARTNER_USER, new VoucherId(nextId()), RECIPIENT, MESSAGE)));
  }

  /**
   * The same statements by hand.
   *
   * @return the voucher's id
   * @throws SQLException if the database fails
   */
  @Benchmark
  public String sendByHand() throws SQLException {
    String id = nextId();
    sendByHand.send(id, RECIPIENT, MESSAGE);
    return id;
  }

  /**
   * The library cancels an order of {@value #CANCELLED}.
   *
   * @return the answer
   */
  @Benchmark
  public Object cancelLibrary() {
    return require(programme.programme().ordering().cancelOrder().cancel(new CancelOrder.Command(
        BenchProgramme.PARTNER_USER, new OrderId(nextId()), "changed my mind")));
  }

  /**
   * The same work by hand: the same checks, the same rows moved and written.
   *
   * @return the refund
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long cancelByHand() throws SQLException {
    return cancelByHand.cancel(nextId(), "changed my mind");
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the library refused: " + result.getLeft());
    }
    return result.get();
  }
}
