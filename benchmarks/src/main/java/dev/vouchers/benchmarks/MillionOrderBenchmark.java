// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

/**
 * One order of {@value #COUNT} vouchers on PostgreSQL (O-4), each side in one transaction, timed
 * once per iteration (single shot; the tables are emptied before every iteration, outside the
 * measured time). Scores are seconds per order; the ratio is baseline time / library time.
 *
 * <ul>
 *   <li>{@link #library()}: {@code orderVouchers} of one partner, one line of {@value #COUNT}
 *       (order limits raised to allow it): generates the codes, seals each (HMAC digest, AES-GCM),
 *       and stores order, line and vouchers in one transaction, the vouchers with COPY.
 *   <li>{@link #rawCopy()}: the same order and line rows by INSERT and {@value #COUNT} voucher
 *       rows by COPY into the same columns, in one transaction, with random bytes for digest (32)
 *       and sealed code (49, the library's length) from a {@link SplittableRandom}: what storing
 *       the order costs without generating or sealing codes.
 * </ul>
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class MillionOrderBenchmark {
  /** The clock the hand-written side reads, as the library reads its injected one. */
  private static final Clock CLOCK = Clock.systemUTC();

  /** Vouchers in the order. */
  public static final int COUNT = 1_000_000;

  /** Order limits that allow one line of {@value #COUNT}. */
  public static final OrderLimits LIMITS = new OrderLimits(COUNT, 100, 200, 2000, 64);

  private static final byte[] CROCKFORD =
      "0123456789ABCDEFGHJKMNPQRSTVWXYZ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private BenchDatabase db;
  private BenchProgramme programme;

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public MillionOrderBenchmark() {}

  /** Starts PostgreSQL and the library over it. */
  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    programme = new BenchProgramme(db, LIMITS);
  }

  /** Empties the order and voucher tables. */
  @Setup(Level.Iteration)
  public void clear() {
    db.clearVouchers();
  }

  /** Checks that the iteration stored the order whole, then stops nothing (see {@link #stop}). */
  @TearDown(Level.Iteration)
  public void check() {
    long stored = db.count("SELECT COUNT(*) FROM vouchers_vouchers");
    if (stored != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " vouchers stored, found " + stored);
    }
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  /**
   * The library: one order of {@value #COUNT} vouchers.
   *
   * @return the placed order with its codes
   */
  @Benchmark
  public PlacedOrder library() {
    return programme.order(COUNT);
  }

  /**
   * The baseline: order row, line row and {@value #COUNT} voucher rows of random bytes by COPY,
   * in one transaction.
   *
   * @return the order id
   * @throws SQLException if the database fails
   */
  @Benchmark
  public String rawCopy() throws SQLException {
    return rawOrder(db, COUNT);
  }

  /**
   * Stores an order of {@code count} vouchers with random digests and sealed codes by hand, in
   * one transaction.
   *
   * @param db the database
   * @param count the number of vouchers
   * @return the order id
   * @throws SQLException if the database fails
   */
  static String rawOrder(BenchDatabase db, int count) throws SQLException {
    String orderId = UUID.randomUUID().toString();
    Instant now = CLOCK.instant();
    SplittableRandom random = new SplittableRandom();
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        RawVouchers.insertOrder(c, orderId, count, now);
        RawVouchers.copyVouchers(
            c,
            orderId,
            count,
            now,
            now.plus(Duration.ofDays(365)),
            (index, digest, sealed, lastFour) -> {
              fill(random, digest);
              fill(random, sealed);
              long bits = random.nextLong();
              for (int i = 0; i < 4; i++) {
                lastFour[i] = CROCKFORD[(int) (bits >>> (5 * i)) & 31];
              }
            });
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    return orderId;
  }

  private static void fill(SplittableRandom random, byte[] bytes) {
    for (int i = 0; i < bytes.length; i += 8) {
      long bits = random.nextLong();
      for (int j = i; j < Math.min(i + 8, bytes.length); j++) {
        bytes[j] = (byte) bits;
        bits >>>= 8;
      }
    }
  }

  /**
   * The peak-heap probe: the library's order of {@value #COUNT} vouchers, run once in a forked
   * JVM (PostgreSQL started in the constructor, outside the measurement).
   */
  public static final class Library implements Runnable, AutoCloseable {
    private final BenchDatabase db;
    private final BenchProgramme programme;

    /** Starts PostgreSQL and the library. */
    public Library() {
      db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
      programme = new BenchProgramme(db, LIMITS);
    }

    @Override
    public void run() {
      PlacedOrder placed = programme.order(COUNT);
      if (placed.codes().size() != COUNT) {
        throw new IllegalStateException("expected " + COUNT + " codes");
      }
    }

    @Override
    public void close() {
      db.close();
    }
  }
}
