// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The scheduling both schedulers share: a tick's batches and warnings, the threads' lifecycle. */
@ExtendWith(OutputCaptureExtension.class)
class TickRunnerTest {
  private static final Logger LOG = LoggerFactory.getLogger(TickRunnerTest.class);
  private static final Duration RETRY = Duration.ofSeconds(5);

  @Test
  void a_tick_runs_batches_until_one_comes_back_short() {
    Iterator<Integer> handled = List.of(10, 10, 3, 10).iterator();
    AtomicInteger batches = new AtomicInteger();
    TickRunner.drain(LOG, "test sweep", RETRY, 10, () -> {
      batches.incrementAndGet();
      return Either.right(handled.next());
    });
    assertThat(batches).hasValue(3);
  }

  @Test
  void a_tick_yields_after_a_hundred_full_batches() {
    AtomicInteger batches = new AtomicInteger();
    TickRunner.drain(LOG, "test sweep", RETRY, 10, () -> {
      batches.incrementAndGet();
      return Either.right(10);
    });
    assertThat(batches).hasValue(TickRunner.MAX_BATCHES_PER_TICK).hasValue(100);
  }

  @Test
  void a_refusal_ends_the_tick_with_a_warning(CapturedOutput output) {
    AtomicInteger batches = new AtomicInteger();
    TickRunner.drain(LOG, "test sweep", RETRY, 10, () -> {
      batches.incrementAndGet();
      return Either.left(Refusal.of(ReasonCode.NOT_FOUND, "no programme"));
    });
    assertThat(batches).hasValue(1);
    assertThat(output).contains("test sweep refused: Refusal[", "no programme");
  }

  @Test
  void a_failure_ends_the_tick_with_a_warning_naming_the_retry(CapturedOutput output) {
    AtomicInteger batches = new AtomicInteger();
    TickRunner.drain(LOG, "test sweep", RETRY, 10, () -> {
      batches.incrementAndGet();
      throw new IllegalStateException("database down");
    });
    assertThat(batches).hasValue(1);
    assertThat(output).contains("test sweep failed; trying again in PT5S",
        "java.lang.IllegalStateException: database down");
  }

  @Test
  void the_tasks_run_on_named_daemon_threads_until_stopped() throws InterruptedException {
    TickRunner runner = new TickRunner(2, n -> "test-ticks-" + n);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    runner.start(List.of(new TickRunner.Task(() -> {
      threads.add(Thread.currentThread());
      runs.incrementAndGet();
      first.countDown();
    }, Duration.ofMillis(5)), new TickRunner.Task(() -> {
      threads.add(Thread.currentThread());
      runs.incrementAndGet();
      second.countDown();
    }, Duration.ofMillis(5))));
    assertThat(runner.isRunning()).isTrue();
    assertThat(first.await(10, TimeUnit.SECONDS) && second.await(10, TimeUnit.SECONDS))
        .as("both tasks ran").isTrue();

    runner.stop();
    assertThat(runner.isRunning()).isFalse();
    assertThat(threads).isNotEmpty().allSatisfy(thread -> {
      assertThat(thread.getName()).matches("test-ticks-[12]");
      assertThat(thread.isDaemon()).isTrue();
    });
    int stopped = runs.get();
    Thread.sleep(100);
    assertThat(runs).as("no tick after the stop").hasValue(stopped);
    await().atMost(Duration.ofSeconds(5))
        .until(() -> threads.stream().noneMatch(Thread::isAlive));
  }

  @Test
  void stop_lets_a_running_tick_finish() throws InterruptedException {
    TickRunner runner = new TickRunner(1, n -> "test-ticks");
    CountDownLatch ticking = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    runner.start(List.of(new TickRunner.Task(() -> {
      ticking.countDown();
      try {
        Thread.sleep(300);
        finished.set(true);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
    }, Duration.ofHours(1))));
    assertThat(ticking.await(10, TimeUnit.SECONDS)).isTrue();

    runner.stop();
    assertThat(finished).isTrue();
    assertThat(interrupted).isFalse();
  }

  @Test
  void a_second_start_schedules_nothing_more() throws InterruptedException {
    TickRunner runner = new TickRunner(1, n -> "test-ticks");
    AtomicInteger runs = new AtomicInteger();
    TickRunner.Task task = new TickRunner.Task(runs::incrementAndGet, Duration.ofHours(1));
    runner.start(List.of(task));
    runner.start(List.of(task));
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 1);
    Thread.sleep(100);
    runner.stop();
    assertThat(runs).hasValue(1);
  }
}
