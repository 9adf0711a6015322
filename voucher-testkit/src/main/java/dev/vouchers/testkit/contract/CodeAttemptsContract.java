// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.Concurrently;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link CodeAttempts} port (G-1): every adapter counts as
 * {@link AttemptWindow} says, atomically per key. An adapter's test subclasses this suite and
 * gives a fresh, empty store per test; adapters shared by several application instances give
 * {@link #secondInstance()} a second store over the same data.
 */
public abstract class CodeAttemptsContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final AttemptLimit LIMIT = new AttemptLimit(3, Duration.ofMinutes(15));
  private static final CallerKey ALICE = CallerKey.of("ip:192.0.2.1");
  private static final CallerKey BOB = CallerKey.of("ip:192.0.2.2");

  /** The store under test. */
  protected CodeAttempts attempts;

  /** A fresh, empty store. */
  protected abstract CodeAttempts newAttempts();

  /** A second store over the same data as the last {@link #newAttempts()} (another instance). */
  protected CodeAttempts secondInstance() {
    return attempts;
  }

  @BeforeEach
  void freshStore() {
    attempts = newAttempts();
  }

  @Test
  void countsUpToTheLimitThenRefusesUntilTheWindowEnds_G1() {
    for (int i = 0; i < 3; i++) {
      assertThat(attempts.count(ALICE, T0.plusSeconds(i), LIMIT)).isEmpty();
    }
    Instant ends = T0.plus(LIMIT.window());
    assertThat(attempts.count(ALICE, T0.plusSeconds(10), LIMIT)).contains(ends);
    assertThat(attempts.count(ALICE, ends.minusMillis(1), LIMIT)).contains(ends);
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(ends, 3));
  }

  @Test
  void aRefusalCountsNothing_G1_L4() {
    for (int i = 0; i < 3; i++) {
      attempts.count(ALICE, T0, LIMIT);
    }
    for (int i = 0; i < 5; i++) {
      attempts.count(ALICE, T0.plusSeconds(i), LIMIT);
    }
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 3));
  }

  @Test
  void anEndedWindowIsOverwrittenByTheNextAttempt_G1() {
    for (int i = 0; i < 3; i++) {
      attempts.count(ALICE, T0, LIMIT);
    }
    Instant later = T0.plus(LIMIT.window());
    assertThat(attempts.count(ALICE, later, LIMIT)).isEmpty();
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(later.plus(LIMIT.window()), 1));
  }

  @Test
  void otherKeysAreUnaffected_G1() {
    for (int i = 0; i < 3; i++) {
      attempts.count(ALICE, T0, LIMIT);
    }
    assertThat(attempts.count(ALICE, T0, LIMIT)).isPresent();
    assertThat(attempts.count(BOB, T0, LIMIT)).isEmpty();
    assertThat(attempts.window(BOB)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
  }

  @Test
  void forgivingTakesBackOneAttemptOfTheKeyOnly_G1() {
    attempts.count(ALICE, T0, LIMIT);
    attempts.count(ALICE, T0, LIMIT);
    attempts.count(BOB, T0, LIMIT);
    attempts.forgive(ALICE, T0.plusSeconds(1));
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
    assertThat(attempts.window(BOB)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
    attempts.forgive(ALICE, T0.plusSeconds(2));
    attempts.forgive(ALICE, T0.plusSeconds(3));
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 0));
    attempts.forgive(CallerKey.of("never seen"), T0);
    assertThat(attempts.window(CallerKey.of("never seen"))).isEmpty();
  }

  @Test
  void forgivingAfterTheWindowEndedChangesNothing_G1() {
    attempts.count(ALICE, T0, LIMIT);
    attempts.forgive(ALICE, T0.plus(LIMIT.window()));
    assertThat(attempts.window(ALICE)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
  }

  @Test
  void sweepDeletesEndedWindowsOnlyAndAtMostTheLimit_G1() {
    for (int i = 0; i < 5; i++) {
      attempts.count(CallerKey.of("old-" + i), T0, LIMIT);
    }
    attempts.count(ALICE, T0.plusSeconds(60), LIMIT);
    Instant now = T0.plus(LIMIT.window()).plusSeconds(1);
    assertThat(attempts.sweep(now, 3)).isEqualTo(3);
    assertThat(attempts.sweep(now, 10)).isEqualTo(2);
    assertThat(attempts.sweep(now, 10)).isZero();
    assertThat(attempts.window(ALICE)).isPresent();
    assertThat(attempts.window(CallerKey.of("old-0"))).isEmpty();
  }

  @Test
  void sweepOfOneDeletesOneEndedWindowAndOfNoneNothing_G1() {
    attempts.count(CallerKey.of("old-a"), T0, LIMIT);
    attempts.count(CallerKey.of("old-b"), T0, LIMIT);
    Instant now = T0.plus(LIMIT.window());
    assertThat(attempts.sweep(now, 0)).isZero();
    assertThat(attempts.sweep(now, -1)).isZero();
    assertThat(attempts.sweep(now, 1)).isEqualTo(1);
    assertThat(attempts.sweep(now, 1)).isEqualTo(1);
    assertThat(attempts.sweep(now, 1)).isZero();
  }

  @Test
  void keysOfAnyTextAreKept_G1_L4() {
    CallerKey odd = CallerKey.of("x".repeat(10_000) + "\u0000\ud800'; --");
    CallerKey empty = CallerKey.of("");
    assertThat(attempts.count(odd, T0, LIMIT)).isEmpty();
    assertThat(attempts.count(empty, T0, LIMIT)).isEmpty();
    assertThat(attempts.window(odd)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
    assertThat(attempts.window(empty)).contains(new AttemptWindow(T0.plus(LIMIT.window()), 1));
  }

  /**
   * A model check: random sequences of attempts, successes and passing time on two keys give
   * the adapter's windows and answers exactly as {@link AttemptWindow} computes them.
   */
  @Test
  void everySequenceOfAttemptsAgreesWithTheRule_G1() {
    AtomicInteger runs = new AtomicInteger();
    qt().withFixedSeed(20_261_206L).withExamples(20).withShrinkCycles(20)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 20))
        .checkAssert(steps -> {
          String run = "model-" + runs.incrementAndGet() + "-";
          Map<CallerKey, AttemptWindow> model = new HashMap<>();
          Instant now = T0;
          for (int step : steps) {
            CallerKey key = CallerKey.of(run + (step % 2));
            int kind = step / 2 % 10;
            if (kind < 6) {
              Either<Instant, AttemptWindow> expected =
                  AttemptWindow.count(Optional.ofNullable(model.get(key)), now, LIMIT);
              expected.forEach(window -> model.put(key, window));
              assertThat(attempts.count(key, now, LIMIT)).as("count at %s", now)
                  .isEqualTo(expected.isLeft() ? Optional.of(expected.getLeft())
                      : Optional.empty());
            } else if (kind < 8) {
              Instant at = now;
              model.computeIfPresent(key, (k, window) -> window.forgiven(at));
              attempts.forgive(key, now);
            } else {
              now = now.plus(Duration.ofMinutes(step % 7 * 3L));
            }
            assertThat(attempts.window(key)).as("window after %s", steps)
                .isEqualTo(Optional.ofNullable(model.get(key)));
          }
        });
  }

  @Test
  void racingAttemptsOnOneKeyNeverPassTheLimit_G1() throws InterruptedException {
    CodeAttempts other = secondInstance();
    for (int round = 0; round < 5; round++) {
      CallerKey key = CallerKey.of("racer-" + round);
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        CodeAttempts store = i % 2 == 0 ? attempts : other;
        racers.add(() -> store.count(key, T0, LIMIT).isEmpty());
      }
      List<Boolean> counted = Concurrently.call(racers);
      assertThat(counted.stream().filter(c -> c).count()).as("round %d", round)
          .isEqualTo(LIMIT.maxFailures());
      assertThat(attempts.window(key)).map(AttemptWindow::counted)
          .isEqualTo(Optional.of(LIMIT.maxFailures()));
    }
  }

  @Test
  void racingFirstAttemptsOpenOneWindow_G1() throws InterruptedException {
    CodeAttempts other = secondInstance();
    AttemptLimit one = new AttemptLimit(1, Duration.ofMinutes(15));
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      CodeAttempts store = i % 2 == 0 ? attempts : other;
      racers.add(() -> store.count(ALICE, T0, one).isEmpty());
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
  }
}
