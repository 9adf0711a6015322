// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Starts calls at the same moment, for race tests (V-7, U-3, I-1, R-2): each call gets a thread
 * of its own, every thread waits at one gate until all of them are there, then the gate opens
 * and the calls race. {@link #call} waits for all of them and answers with their results in the
 * order the calls were given.
 *
 * <pre>{@code
 * List<Boolean> stored = Concurrently.call(List.of(
 *     () -> vouchers.insertOrder(first, firstVouchers).isEmpty(),
 *     () -> vouchers.insertOrder(second, secondVouchers).isEmpty()));
 * assertThat(stored).containsExactlyInAnyOrder(true, false);
 * }</pre>
 *
 * <p>A call that throws, or a race that does not finish within its timeout, fails the test with
 * an {@link AssertionError} that says which racer it was; the threads are interrupted either
 * way (a racer blocked where an interrupt does not reach, such as socket I/O, may run on).
 */
public final class Concurrently {
  /** How long {@link #call(List)} waits for every racer to be ready and to finish. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final AtomicInteger RACES = new AtomicInteger();

  private Concurrently() {}

  /**
   * Runs the calls at once, each on its own thread, within {@link #DEFAULT_TIMEOUT}.
   *
   * @return each call's result, in the order of {@code calls}
   * @throws AssertionError when a call throws (the first failure is the cause, any further ones
   *     are suppressed) or when the race is not over within the timeout
   */
  public static <T extends @Nullable Object> List<T> call(
      List<? extends Callable<? extends T>> calls) throws InterruptedException {
    return call(DEFAULT_TIMEOUT, calls);
  }

  /**
   * Runs the calls at once, each on its own thread.
   *
   * @param timeout how long to wait, all told, for every thread to reach the gate and for every
   *     call to return
   * @return each call's result, in the order of {@code calls}
   * @throws AssertionError when a call throws (the first failure is the cause, any further ones
   *     are suppressed) or when the race is not over within {@code timeout}
   */
  public static <T extends @Nullable Object> List<T> call(
      Duration timeout, List<? extends Callable<? extends T>> calls) throws InterruptedException {
    int racers = calls.size();
    if (racers == 0) {
      throw new IllegalArgumentException("a race needs at least one call");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(racers, threadsOf(RACES.incrementAndGet()));
    try {
      CountDownLatch ready = new CountDownLatch(racers);
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<? extends T>> running = new ArrayList<>(racers);
      for (Callable<? extends T> call : calls) {
        running.add(pool.submit(() -> {
          ready.countDown();
          gate.await();
          return call.call();
        }));
      }
      if (!ready.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new AssertionError("only " + (racers - ready.getCount()) + " of " + racers
            + " racers had started after " + timeout);
      }
      gate.countDown();
      return resultsOf(running, deadline, timeout);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T extends @Nullable Object> List<T> resultsOf(
      List<Future<? extends T>> running, long deadline, Duration timeout)
      throws InterruptedException {
    int racers = running.size();
    List<T> results = new ArrayList<>(racers);
    @Nullable AssertionError failed = null;
    List<Integer> late = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      try {
        results.add(running.get(i).get(
            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (failed == null) {
          failed = new AssertionError("racer " + (i + 1) + " of " + racers + " threw " + cause,
              cause);
        } else {
          failed.addSuppressed(cause);
        }
      } catch (TimeoutException e) {
        late.add(i + 1);
      }
    }
    if (!late.isEmpty()) {
      String which = late.stream().map(String::valueOf).collect(Collectors.joining(", "));
      AssertionError timedOut = new AssertionError((late.size() == 1 ? "racer " : "racers ")
          + which + " of " + racers + " still running after " + timeout);
      if (failed != null) {
        timedOut.addSuppressed(failed);
      }
      throw timedOut;
    }
    if (failed != null) {
      throw failed;
    }
    return Collections.unmodifiableList(results);
  }

  private static ThreadFactory threadsOf(int race) {
    AtomicInteger racer = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "race-" + race + "-racer-" + racer.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
