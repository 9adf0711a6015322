// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.benchmarks.jpa.JpaShop;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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

/**
 * An order of {@value #COUNT} vouchers on PostgreSQL, each side in one transaction, single shot
 * (seconds per order; the tables emptied before every iteration): the library's {@code
 * orderVouchers} (the default limits: 100 lines of 1,000; codes generated, sealed, stored with
 * COPY) against the JPA shop's batched order ({@link JpaShop#order}: codes generated, digested
 * and sealed with the JDK, persisted in JDBC batches of {@value JpaShop#BATCH_SIZE} rewritten
 * as multi-row inserts).
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class JpaOrderBenchmark {
  /** Vouchers in the order. */
  public static final int COUNT = 100_000;

  private BenchDatabase db;
  private BenchProgramme programme;
  private @Nullable JpaShop shop;

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public JpaOrderBenchmark() {}

  /**
   * Starts PostgreSQL, the library and (for the JPA benchmark only) the shop.
   *
   * @param params JMH's parameters (which benchmark runs)
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    programme = new BenchProgramme(db, OrderLimits.defaults());
    if (params.getBenchmark().endsWith(".jpa")) {
      shop = new JpaShop(db.port().orElseThrow(), 1, JpaShop.Indexes.PLAIN,
          BenchProgramme.LOOKUP_KEY, BenchProgramme.ENCRYPTION_KEY);
    }
  }

  /** Empties both sides' tables. */
  @Setup(Level.Iteration)
  public void clear() {
    db.clearVouchers();
    if (shop != null) {
      shop.clear();
    }
  }

  /** Stops the shop and PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() {
    if (shop != null) {
      shop.close();
    }
    db.close();
  }

  /**
   * The library's order.
   *
   * @return the placed order
   */
  @Benchmark
  public PlacedOrder library() {
    return programme.order(COUNT);
  }

  /**
   * The JPA shop's order.
   *
   * @return the codes
   */
  @Benchmark
  public List<String> jpa() {
    JpaShop jpa = shop;
    if (jpa == null) {
      throw new IllegalStateException("no shop started");
    }
    return jpa.order(BenchProgramme.PARTNER.value(), BenchProgramme.PRODUCT.value(), COUNT,
        BenchProgramme.PARTNER_USER.describe());
  }
}
