// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What race tests rely on {@link Concurrently} for. */
class ConcurrentlyTest {

  @Test
  void answersEveryResultInTheOrderOfTheCalls() throws InterruptedException {
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      calls.add(() -> {
        Thread.sleep(8 - n); // the last call tends to finish first
        return n * n;
      });
    }

    assertThat(Concurrently.call(calls)).containsExactly(0, 1, 4, 9, 16, 25, 36, 49);
  }

  @Test
  void everyCallRunsAtTheSameTimeAsTheOthers() throws InterruptedException {
    // a barrier of all the calls only opens if none waits for another to finish first
    int racers = 16;
    CyclicBarrier together = new CyclicBarrier(racers);
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      calls.add(() -> {
        together.await(10, TimeUnit.SECONDS);
        return Thread.currentThread().getName();
      });
    }

    List<String> threads = Concurrently.call(calls);

    assertThat(threads).doesNotHaveDuplicates().allMatch(name -> name.startsWith("race-"));
  }

  @Test
  void aCallThatThrowsFailsTheRaceNamingTheRacer() {
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(() -> Concurrently.call(List.<Callable<String>>of(
        () -> "fine", () -> { throw boom; }, () -> "fine too")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("racer 2 of 3 threw")
        .hasCause(boom);
  }

  @Test
  void aRaceThatDoesNotEndInTimeFailsNamingTheLateRacerAndStopsItsThread() {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);

    assertThatThrownBy(() -> Concurrently.call(Duration.ofMillis(200), List.<Callable<String>>of(
        () -> "quick",
        () -> {
          try {
            never.await();
            return "never";
          } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
          }
        })))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("racer 2 of 2 still running after PT0.2S");
    assertThat(awaitQuietly(interrupted)).as("the late racer's thread was interrupted").isTrue();
  }

  @Test
  void aRaceWithoutCallsIsRefused() {
    assertThatThrownBy(() -> Concurrently.call(List.<Callable<String>>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one call");
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
