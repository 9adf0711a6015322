// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * V-7 through the library over JDBC: redemptions racing for the same codes, from many
 * threads, as {@code markRedeemed} by code ({@link Actor.CodeHolder} and the platform's
 * {@link Actor.Service}, both allowed to redeem by {@code Access.canRedeem}). Exactly one
 * redemption per code wins and writes exactly one history row; every loser gets a clean
 * refusal (V-3: {@code MOVE_NOT_ALLOWED}, because the re-read voucher is REDEEMED), and no
 * exception reaches a caller. The data sources are pooled ({@link ProgrammeOverJdbc}). The
 * observed throughput is logged, never asserted (timing belongs in benchmarks).
 */
class RedeemRaceTest {
  private static final Logger LOG = LoggerFactory.getLogger(RedeemRaceTest.class);
  private static final int CODES = 1_000;
  private static final int THREADS = 16;
  private static final int ATTEMPTS_PER_THREAD = 10_000;

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void sixteenThreadsRedeemEachCodeExactlyOnce_V7(TestDatabase database) throws Exception {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      PlacedOrder order = library.place(CODES);
      List<VoucherCode> codes = order.codes();
      AtomicIntegerArray wins = new AtomicIntegerArray(CODES);
      Map<ReasonCode, AtomicInteger> refusals = new EnumMap<>(ReasonCode.class);
      for (ReasonCode code : ReasonCode.values()) {
        refusals.put(code, new AtomicInteger());
      }
      ConcurrentLinkedQueue<Refusal> unexpected = new ConcurrentLinkedQueue<>();

      Race race = race(THREADS, thread -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int k = 0; k < ATTEMPTS_PER_THREAD; k++) {
          // threads walk the codes nearly in step, so that most codes are contended
          int index = (k + random.nextInt(8)) % CODES;
          Actor who = random.nextBoolean() ? library.customer : library.platform;
          Either<Refusal, VoucherView> result = library.redeem(codes.get(index), who);
          if (result.isRight()) {
            wins.incrementAndGet(index);
          } else {
            result.getLeft().codes().forEach(c -> refusals.get(c).incrementAndGet());
            if (!result.getLeft().codes().equals(List.of(ReasonCode.MOVE_NOT_ALLOWED))) {
              unexpected.add(result.getLeft());
            }
          }
        }
      });

      int attempts = THREADS * ATTEMPTS_PER_THREAD;
      int won = 0;
      for (int i = 0; i < CODES; i++) {
        assertThat(wins.get(i)).as("redemptions of code %d that won", i).isEqualTo(1);
        won += wins.get(i);
      }
      LOG.info("{}: {} redeem attempts by {} threads on {} codes in {} ms: {} attempts/s;"
          + " {} won, refusals {}, {} conditional writes lost to a concurrent writer",
          database, attempts, THREADS, CODES, race.elapsed().toMillis(),
          perSecond(attempts, race.elapsed()), won, nonZero(refusals), library.lostWrites());
      assertThat(race.failures()).as("exceptions leaked to callers").isEmpty();
      assertThat(won).isEqualTo(CODES);
      assertThat(refusals.get(ReasonCode.MOVE_NOT_ALLOWED).get()).isEqualTo(attempts - CODES);
      assertThat(unexpected).as("refusals other than MOVE_NOT_ALLOWED").isEmpty();
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_history"
          + " WHERE to_status = 'REDEEMED'")).isEqualTo(CODES);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_history")).isEqualTo(CODES);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_vouchers"
          + " WHERE status = 'REDEEMED' AND ever_redeemed")).isEqualTo(CODES);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void sixtyFourThreadsRaceForOneCodeAndOneWins_V7(TestDatabase database) throws Exception {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      PlacedOrder order = library.place(3);
      VoucherCode code = order.codes().get(1);
      ConcurrentLinkedQueue<Either<Refusal, VoucherView>> results = new ConcurrentLinkedQueue<>();

      Race race = race(64, thread -> results.add(
          library.redeem(code, thread % 2 == 0 ? library.customer : library.platform)));

      assertThat(race.failures()).as("exceptions leaked to callers").isEmpty();
      assertThat(results).hasSize(64);
      assertThat(results.stream().filter(Either::isRight)).hasSize(1);
      assertThat(results.stream().filter(Either::isLeft).map(r -> r.getLeft().codes()))
          .hasSize(63).allSatisfy(codes ->
              assertThat(codes).containsExactly(ReasonCode.MOVE_NOT_ALLOWED));
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_history")).isEqualTo(1);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_history WHERE to_status ="
          + " 'REDEEMED' AND voucher_id = '" + order.voucher(1).value() + "'")).isEqualTo(1);
      assertThat(library.storage().vouchers().voucher(order.voucher(1)).orElseThrow().status())
          .isEqualTo(VoucherStatus.REDEEMED);
      assertThat(library.storage().vouchers().voucher(order.voucher(0)).orElseThrow().status())
          .isEqualTo(VoucherStatus.VALID);
      LOG.info("{}: 64 threads on one code: {} conditional writes lost to a concurrent writer",
          database, library.lostWrites());
    }
  }

  // ------------------------------------------------------------------ the race harness

  /** What one racing thread does; {@code thread} is 0-based. */
  @FunctionalInterface
  interface Racer {
    void run(int thread) throws Exception;
  }

  /** How a race went: its duration and every throwable a racer let out. */
  record Race(Duration elapsed, List<Throwable> failures) {}

  /**
   * Starts {@code threads} racers at once (a latch holds them until all are ready), waits for
   * all and collects whatever they throw, so that a leaked exception fails the test instead
   * of dying with its thread.
   */
  static Race race(int threads, Racer racer) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          racer.run(thread);
          return null;
        }));
      }
      ready.await();
      long started = System.nanoTime();
      go.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> future : running) {
        try {
          future.get(5, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          failures.add(e);
        }
      }
      return new Race(Duration.ofNanos(System.nanoTime() - started), failures);
    } finally {
      pool.shutdownNow();
    }
  }

  static long perSecond(long count, Duration elapsed) {
    return Math.round(count / Math.max(elapsed.toNanos() / 1e9, 1e-9));
  }

  private static Map<ReasonCode, Integer> nonZero(Map<ReasonCode, AtomicInteger> counts) {
    Map<ReasonCode, Integer> nonZero = new EnumMap<>(ReasonCode.class);
    counts.forEach((code, count) -> {
      if (count.get() > 0) {
        nonZero.put(code, count.get());
      }
    });
    return nonZero;
  }
}
