// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import static dev.vouchers.benchmarks.RedeemByHand.INSERT_HISTORY;
import static dev.vouchers.benchmarks.RedeemByHand.MOVE_WITH_HISTORY;
import static dev.vouchers.benchmarks.RedeemByHand.REDEEM_H2;
import static dev.vouchers.benchmarks.RedeemByHand.REDEEM_WITH_HISTORY;
import static dev.vouchers.benchmarks.RedeemByHand.SELECT_BY_DIGEST;
import static dev.vouchers.benchmarks.RedeemByHand.UPDATE_BY_DIGEST;
import static dev.vouchers.benchmarks.RedeemByHand.UPDATE_BY_ID;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
 * Redemption (V-1, V-7) by typed code: the library's {@code markRedeemed} against hand-written
 * JDBC, on PostgreSQL or H2 ({@link #database}), at the thread count JMH runs it with. Scores are
 * redemptions per second.
 *
 * <p>Every operation, on every side, redeems a different voucher that is VALID: before every
 * iteration (warm-up and measurement, outside the measured time) the tables are emptied and
 * fresh vouchers are issued through the library's {@code orderVouchers} (COPY on PostgreSQL,
 * batched inserts on H2), 2.5 times as many as the fastest iteration so far would have used; the
 * threads take their codes from a shared counter. Should an iteration run out, more are issued on the spot
 * (reported on the console; this only happens in the first warm-up iteration, if at all).
 *
 * <ul>
 *   <li>{@link #library()}: {@code programme.vouchers().markRedeemed().redeem(...)} with the typed code
 *       (display form, with hyphens), as a customer with the code in hand ({@code
 *       Actor.CodeHolder}); it parses and checks the code, has the store redeem by digest
 *       with its history row and its event row (M-5; one statement on PostgreSQL), and builds
 *       the view. Baselines B and C write the same history and event rows.
 *   <li>{@link #conditionalUpdate()}, baseline A (the issue's): the digest of the typed code
 *       (hyphens dropped; {@link CodeVault#digest}, HMAC-SHA256) and one conditional {@code
 *       UPDATE ... WHERE code_digest = ? AND status IN ('VALID','ASSIGNED','RESERVED')} in
 *       auto-commit: one round trip, no history, no expiry check.
 *   <li>{@link #readUpdateHistory()}, baseline B (the same work by hand): the digest, a read of
 *       the voucher by digest (status, expiry, version), then the conditional update by id and
 *       version with the history row: on PostgreSQL one statement (a CTE, like the library), on
 *       H2 an UPDATE and an INSERT in one transaction. The minimum of a correct hand-written
 *       redemption with history.
 * </ul>
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2) // the library has more code to compile: measure it warm
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class RedeemBenchmark {
  /** The clock the hand-written side reads, as the library reads its injected one. */
  private static final Clock CLOCK = Clock.systemUTC();

  /** {@code postgresql} or {@code h2}. */
  @Param({"postgresql"})
  public String database = "postgresql";

  private BenchDatabase db;
  private BenchProgramme programme;
  private DataSource dataSource;
  private CodeVault vault;
  private String redeemer = BenchProgramme.CUSTOMER.describe();
  private volatile Batch batch = new Batch(new String[0]);
  private int firstSize;
  private double fastest; // the highest rate seen so far, operations per second
  private long iterationStarted;
  private final AtomicLong usedInIteration = new AtomicLong();
  private final AtomicInteger inIterationIssues = new AtomicInteger();
  private final AtomicLong issuingNanos = new AtomicLong();

  /** The codes of one issue, handed out once each. */
  private static final class Batch {
    final String[] codes;
    final AtomicInteger next = new AtomicInteger();

    Batch(String[] codes) {
      this.codes = codes;
    }
  }

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public RedeemBenchmark() {}

  /**
   * Starts the database (pool sized to the thread count) and the library over it.
   *
   * @param params JMH's parameters of this run (for the thread count)
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    BenchDatabase.Kind kind = BenchDatabase.Kind.of(database);
    db = BenchDatabase.start(kind, Math.max(1, params.getThreads()));
    dataSource = db.dataSource();
    programme = new BenchProgramme(db, OrderLimits.defaults());
    vault = programme.codeVault();
    redeemer = BenchProgramme.CUSTOMER.describe();
    // the first iteration is a warm-up: a generous guess, corrected from then on
    firstSize = kind == BenchDatabase.Kind.H2 ? 60_000 : 20_000;
  }

  /**
   * Empties the tables and issues enough fresh vouchers for the coming iteration: its length
   * times 2.5 times the fastest rate seen so far (the rate only grows as the code warms up).
   *
   * @param iteration JMH's parameters of the coming iteration (for its length)
   */
  @Setup(Level.Iteration)
  public void issue(IterationParams iteration) {
    if (iterationStarted != 0) {
      long used = usedInIteration.getAndSet(0) + Math.min(batch.next.get(), batch.codes.length);
      // the time spent issuing on the spot is not time the rate could have been reached in
      double seconds =
          (System.nanoTime() - iterationStarted - issuingNanos.getAndSet(0)) / 1e9;
      fastest = Math.max(fastest, used / seconds);
      int issuedOnTheSpot = inIterationIssues.getAndSet(0);
      if (issuedOnTheSpot > 0) {
        System.out.printf(
            "(the last iteration ran out of vouchers and issued more %d time(s) while measuring)%n",
            issuedOnTheSpot);
      }
    }
    double length = iteration.getTime().convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    int size =
        fastest == 0 ? firstSize : (int) Math.min(2_000_000, 2.5 * fastest * length + 1_000);
    batch = new Batch(new String[0]); // let the previous codes go before issuing new ones
    db.clearVouchers();
    batch = new Batch(programme.issue(size));
    db.analyze();
    iterationStarted = System.nanoTime();
  }

  /** Stops the database. */
  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  /** A typed code of a VALID voucher that no other operation gets. */
  private String nextCode() {
    while (true) {
      Batch current = batch;
      int i = current.next.getAndIncrement();
      if (i < current.codes.length) {
        return current.codes[i];
      }
      synchronized (this) {
        if (batch == current) {
          long started = System.nanoTime();
          inIterationIssues.incrementAndGet();
          usedInIteration.addAndGet(current.codes.length);
          batch = new Batch(programme.issue(Math.max(10_000, current.codes.length / 2)));
          issuingNanos.addAndGet(System.nanoTime() - started);
        }
      }
    }
  }

  /**
   * The library: marks the voucher of a typed code redeemed.
   *
   * @return the view of the redeemed voucher
   */
  @Benchmark
  public VoucherView library() {
    Either<Refusal, VoucherView> redeemed =
        programme
            .programme()
            .vouchers().markRedeemed()
            .redeem(new MarkRedeemed.Command(BenchProgramme.CUSTOMER, VoucherRef.code(nextCode(), CallerKey.of("test"))));
    if (redeemed.isLeft()) {
      throw new IllegalStateException("the library refused a redemption: " + redeemed.getLeft());
    }
    return redeemed.get();
  }

  /**
   * Baseline A: one conditional update by digest, in auto-commit.
   *
   * @return the number of rows changed (1)
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int conditionalUpdate() throws SQLException {
    byte[] digest = digest(nextCode());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(UPDATE_BY_DIGEST)) {
      s.setBytes(1, digest);
      return requireOne(s.executeUpdate());
    }
  }

  /**
   * Baseline C: the library's redemption statements sent by hand: on PostgreSQL its one
   * statement; on H2 its conditional update that returns the row as it was ({@code OLD
   * TABLE}) and the history row, in one transaction.
   *
   * @return the number of rows changed (1)
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int oneStatementWithHistory() throws SQLException {
    byte[] digest = digest(nextCode());
    OffsetDateTime now =
        OffsetDateTime.ofInstant(CLOCK.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      if (db.kind() == BenchDatabase.Kind.POSTGRESQL) {
        try (PreparedStatement s = c.prepareStatement(REDEEM_WITH_HISTORY)) {
          s.setBytes(1, digest);
          s.setObject(2, now);
          s.setObject(3, now);
          s.setObject(4, now);
          s.setString(5, redeemer);
          return movedCount(s);
        }
      }
      return inTransaction(c, () -> {
        String id;
        String from;
        try (PreparedStatement s = c.prepareStatement(REDEEM_H2)) {
          s.setBytes(1, digest);
          s.setObject(2, now);
          try (ResultSet before = s.executeQuery()) {
            if (!before.next()) {
              throw new IllegalStateException("expected one voucher redeemed, changed none");
            }
            id = before.getString(1);
            from = before.getString(2);
          }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_HISTORY)) {
          s.setString(1, id);
          s.setString(2, from);
          s.setObject(3, now);
          s.setString(4, redeemer);
          s.executeUpdate();
        }
        insertMovedEvent(c, id, from, now);
        return 1;
      });
    }
  }

  /**
   * Baseline B: read by digest, conditional update by id and version with a history row.
   *
   * @return the number of rows changed (1)
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int readUpdateHistory() throws SQLException {
    byte[] digest = digest(nextCode());
    try (Connection c = dataSource.getConnection()) {
      String id;
      String status;
      long version;
      try (PreparedStatement s = c.prepareStatement(SELECT_BY_DIGEST)) {
        s.setBytes(1, digest);
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("no voucher with that code");
          }
          id = row.getString(1);
          status = row.getString(2);
          OffsetDateTime expiresAt = row.getObject(3, OffsetDateTime.class);
          version = row.getLong(4);
          boolean redeemable =
              status.equals("VALID") || status.equals("ASSIGNED") || status.equals("RESERVED");
          if (!redeemable || !expiresAt.toInstant().isAfter(CLOCK.instant())) {
            throw new IllegalStateException("voucher not redeemable: " + status);
          }
        }
      }
      OffsetDateTime now =
          OffsetDateTime.ofInstant(CLOCK.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      if (db.kind() == BenchDatabase.Kind.POSTGRESQL) {
        try (PreparedStatement s = c.prepareStatement(MOVE_WITH_HISTORY)) {
          s.setString(1, id);
          s.setLong(2, version);
          s.setString(3, status);
          s.setObject(4, now);
          s.setString(5, redeemer);
          return movedCount(s);
        }
      }
      return inTransaction(c, () -> {
        int changed;
        try (PreparedStatement s = c.prepareStatement(UPDATE_BY_ID)) {
          s.setString(1, id);
          s.setLong(2, version);
          changed = requireOne(s.executeUpdate());
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_HISTORY)) {
          s.setString(1, id);
          s.setString(2, status);
          s.setObject(3, now);
          s.setString(4, redeemer);
          s.executeUpdate();
        }
        insertMovedEvent(c, id, status, now);
        return changed;
      });
    }
  }

  /** M-5 on H2: the event row of the move, as the library's adapter writes it. */
  private static void insertMovedEvent(Connection c, String id, String from, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(ByHandEvents.INSERT_EVENT)) {
      s.setString(1, "VOUCHER");
      s.setString(2, id);
      s.setString(3, "voucher.moved");
      s.setObject(4, now);
      s.setString(5, ByHandEvents.movedBody(id, from, "REDEEMED"));
      s.setObject(6, now);
      s.executeUpdate();
    }
  }

  /** A step of hand-written JDBC work. */
  private interface SqlWork {
    int run() throws SQLException;
  }

  /** Runs the work in one transaction on the connection, which is back in auto-commit after. */
  private static int inTransaction(Connection c, SqlWork work) throws SQLException {
    c.setAutoCommit(false);
    try {
      int result = work.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The count a {@code WITH ... SELECT COUNT(*) FROM moved} statement answers: one. */
  private static int movedCount(PreparedStatement s) throws SQLException {
    try (ResultSet moved = s.executeQuery()) {
      moved.next();
      return requireOne(moved.getInt(1));
    }
  }

  /** The digest of a typed code: hyphens dropped, HMAC-SHA256 under the lookup key. */
  private byte[] digest(String typed) {
    return vault.digest(new VoucherCode(typed.replace("-", ""))).bytes();
  }

  private static int requireOne(int changed) {
    if (changed != 1) {
      throw new IllegalStateException("expected one voucher redeemed, changed " + changed);
    }
    return changed;
  }
}
