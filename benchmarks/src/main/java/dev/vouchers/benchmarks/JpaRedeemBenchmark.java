// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.benchmarks.jpa.JpaShop;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Redemption by typed code in the JPA shop ({@link JpaShop}): what a shop would write instead of
 * the library, compared with {@link RedeemBenchmark#library()} on PostgreSQL at the same thread
 * count. Redemptions per second; every operation redeems a different VALID voucher, issued
 * before every iteration (outside the measured time) through the shop's own batched order, 2.5
 * times as many as the fastest iteration so far used (as {@link RedeemBenchmark} does).
 * {@link #indexes}: {@code plain} (the status in no index: HOT updates possible) or {@code
 * partial_status} (the library's partial index on the status).
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class JpaRedeemBenchmark {
  /** {@code plain} or {@code partial_status}. */
  @Param({"plain"})
  public String indexes = "plain";

  private BenchDatabase db;
  private JpaShop shop;
  private volatile List<String> codes = List.of();
  private final AtomicInteger next = new AtomicInteger();
  private double fastest;
  private long started;
  private final String redeemer = BenchProgramme.CUSTOMER.describe();

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public JpaRedeemBenchmark() {}

  /**
   * Starts PostgreSQL and the shop over it.
   *
   * @param params JMH's parameters (for the thread count)
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    int threads = Math.max(1, params.getThreads());
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    shop = new JpaShop(db.port().orElseThrow(), threads,
        JpaShop.Indexes.valueOf(indexes.toUpperCase(Locale.ROOT)),
        BenchProgramme.LOOKUP_KEY, BenchProgramme.ENCRYPTION_KEY);
  }

  /**
   * Empties the tables and issues enough fresh vouchers for the coming iteration.
   *
   * @param iteration JMH's parameters of the coming iteration (for its length)
   */
  @Setup(Level.Iteration)
  public void issue(IterationParams iteration) {
    if (started != 0) {
      double seconds = (System.nanoTime() - started) / 1e9;
      fastest = Math.max(fastest, Math.min(next.get(), codes.size()) / seconds);
    }
    double length = iteration.getTime().convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    int size = fastest == 0 ? 20_000 : (int) Math.min(2_000_000, 2.5 * fastest * length + 1_000);
    codes = List.of();
    shop.clear();
    codes = shop.order(BenchProgramme.PARTNER.value(), BenchProgramme.PRODUCT.value(), size,
        BenchProgramme.PARTNER_USER.describe());
    next.set(0);
    db.execute("ANALYZE");
    started = System.nanoTime();
  }

  /** Stops the shop and PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() {
    shop.close();
    db.close();
  }

  /**
   * The shop's redemption of a typed code.
   *
   * @return true
   */
  @Benchmark
  public boolean jpa() {
    int i = next.getAndIncrement();
    List<String> current = codes;
    if (i >= current.size()) {
      throw new IllegalStateException("ran out of vouchers: raise the first iteration's issue");
    }
    if (!shop.redeem(current.get(i), redeemer)) {
      throw new IllegalStateException("the shop refused a redemption");
    }
    return true;
  }
}
