// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryCodeAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drives a {@link CodeAttempts} store (in-memory, or any adapter's) through the steps of an
 * {@link AttemptsModel} scenario and reads back what the store shows, as a model. Safe to drive
 * from several threads (a parallel check does); the clock moves only between races.
 */
public final class AttemptsHarness {
  private static final AttemptLimit LIMIT =
      new AttemptLimit(AttemptsModel.MAX, AttemptsModel.WINDOW);

  private final CodeAttempts attempts;
  private final MutableClock clock;
  private volatile Optional<Instant> lastRefusedUntil = Optional.empty();

  private AttemptsHarness(CodeAttempts attempts, Instant start) {
    this.attempts = attempts;
    this.clock = new MutableClock(start);
  }

  /** A harness over the in-memory store. */
  public static AttemptsHarness inMemory(Instant start) {
    return new AttemptsHarness(new InMemoryCodeAttempts(), start);
  }

  /** A harness over any store (fresh and empty). */
  public static AttemptsHarness over(CodeAttempts attempts, Instant start) {
    return new AttemptsHarness(attempts, start);
  }

  /** The caller key of index {@code key}. */
  public static CallerKey key(int key) {
    return CallerKey.of("ip:192.0.2." + (key + 1));
  }

  /** One attempt of the key. */
  public void count(int key) {
    lastRefusedUntil = attempts.count(key(key), clock.instant(), LIMIT);
  }

  /** The key's attempt was usable. */
  public void forgive(int key) {
    attempts.forgive(key(key), clock.instant());
    lastRefusedUntil = Optional.empty();
  }

  /** Moves the clock. */
  public void advance(Duration by) {
    clock.advance(by);
    lastRefusedUntil = Optional.empty();
  }

  /** Sweeps ended windows. */
  public void sweep() {
    attempts.sweep(clock.instant(), 1_000);
    lastRefusedUntil = Optional.empty();
  }

  /** What the store shows: each key's open window, and the last count's refusal. */
  public AttemptsModel snapshot() {
    Instant now = clock.instant();
    List<Optional<AttemptsModel.Window>> windows = new ArrayList<>();
    for (int key = 0; key < AttemptsModel.KEYS; key++) {
      windows.add(attempts.window(key(key)).filter(w -> !w.endedAt(now))
          .map(AttemptsHarness::window));
    }
    return new AttemptsModel(now, windows, lastRefusedUntil);
  }

  private static AttemptsModel.Window window(AttemptWindow window) {
    return new AttemptsModel.Window(window.endsAt(), window.counted());
  }
}
