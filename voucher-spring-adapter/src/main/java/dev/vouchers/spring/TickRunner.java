// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The scheduling that {@link VouchersScheduler} and {@link InvitationScheduler} share: daemon
 * threads of their own that run each task at a fixed delay, stopped gracefully (30 seconds for
 * a running tick, then interrupted), and the tick every task runs: batches until one comes back
 * short, at most {@value #MAX_BATCHES_PER_TICK} of them, a refusal or a failure logged.
 */
final class TickRunner {
  /** Drains at most this many full batches per tick, then yields to the next tick. */
  static final int MAX_BATCHES_PER_TICK = 100;
  private static final long GRACE_SECONDS = 30;

  private final int threads;
  private final IntFunction<String> threadNames;
  private @Nullable ScheduledExecutorService executor;

  /**
   * @param threads how many threads run the tasks
   * @param threadNames the name of the n-th thread started (from 1)
   */
  TickRunner(int threads, IntFunction<String> threadNames) {
    this.threads = threads;
    this.threadNames = threadNames;
  }

  /** A task and the delay between the end of one run and the start of the next. */
  record Task(Runnable run, Duration every) {}

  /** Starts the threads and runs every task at once, then at its delay; started once only. */
  synchronized void start(List<Task> tasks) {
    if (executor != null) {
      return;
    }
    AtomicInteger started = new AtomicInteger();
    ScheduledExecutorService running = Executors.newScheduledThreadPool(threads, task -> {
      Thread thread = new Thread(task, threadNames.apply(started.incrementAndGet()));
      thread.setDaemon(true);
      return thread;
    });
    for (Task task : tasks) {
      running.scheduleWithFixedDelay(task.run(), 0, task.every().toMillis(),
          TimeUnit.MILLISECONDS);
    }
    executor = running;
  }

  /** Lets a running tick finish (30 seconds at most, then interrupts it); no new one starts. */
  synchronized void stop() {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running == null) {
      return;
    }
    running.shutdown();
    try {
      if (!running.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  synchronized boolean isRunning() {
    return executor != null;
  }

  /**
   * One tick of a task: runs batches until one handles fewer than {@code full} items, the thread
   * is interrupted or {@value #MAX_BATCHES_PER_TICK} batches ran. A refusal ends the tick with
   * a warning {@code "<task> refused: <refusal>"}; a failure ends it with a warning
   * {@code "<task> failed; trying again in <retry>"}, so that it is tried again at the next tick.
   *
   * @param log the logger of the scheduler the task belongs to
   * @param task the task's name in the warnings, e.g. {@code "expiry sweep"}
   * @param retry the delay until the next tick, for the warning
   * @param full how many items a full batch handles
   * @param batch runs one batch: how many items it handled, or the refusal
   */
  static void drain(Logger log, String task, Duration retry, int full,
      Supplier<Either<Refusal, Integer>> batch) {
    try {
      for (int run = 0; run < MAX_BATCHES_PER_TICK; run++) {
        Either<Refusal, Integer> handled = batch.get();
        if (handled.isLeft()) {
          log.warn("{} refused: {}", task, handled.getLeft());
          return;
        }
        if (handled.get() < full || Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      log.warn("{} failed; trying again in {}", task, retry, e);
    }
  }
}
