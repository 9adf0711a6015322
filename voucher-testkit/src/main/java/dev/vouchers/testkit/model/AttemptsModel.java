// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference model of G-1's attempt limits, written from the rule and independent of the
 * library's {@code AttemptWindow}: each caller key has a window opened by its first counted
 * attempt and ending {@link #WINDOW} later; within it at most {@link #MAX} attempts are counted,
 * further ones are refused until the window ends and count nothing; an attempt whose code was
 * usable is taken back (successful attempts do not count). What a store shows of a key is the
 * window still open at {@link #now()}.
 *
 * @param now the model's clock
 * @param windows per key (0..{@link #KEYS}-1), its open window if it has one
 * @param lastRefusedUntil the last count's refusal (the instant the key may try again), empty
 *     when it was counted or the step was no count
 */
public record AttemptsModel(Instant now, List<Optional<Window>> windows,
    Optional<Instant> lastRefusedUntil) {
  /** The keys a scenario uses. */
  public static final int KEYS = 3;
  /** The most counted attempts per window in the scenarios. */
  public static final int MAX = 3;
  /** The window's length in the scenarios. */
  public static final Duration WINDOW = Duration.ofMinutes(10);

  /**
   * A key's open window.
   *
   * @param endsAt when it ends (exclusive)
   * @param counted the attempts counted in it
   */
  public record Window(Instant endsAt, int counted) {}

  /** Every part is required; the list is copied. */
  public AttemptsModel {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(lastRefusedUntil, "lastRefusedUntil");
    windows = List.copyOf(windows);
  }

  /** No key has counted anything at {@code start}. */
  public static AttemptsModel initial(Instant start) {
    List<Optional<Window>> none = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      none.add(Optional.empty());
    }
    return new AttemptsModel(start, none, Optional.empty());
  }

  private Optional<Window> open(int key) {
    return windows.get(key).filter(w -> now.isBefore(w.endsAt()));
  }

  private AttemptsModel with(int key, Optional<Window> window, Optional<Instant> refused) {
    List<Optional<Window>> changed = new ArrayList<>(windows);
    changed.set(key, window);
    return new AttemptsModel(now, changed, refused);
  }

  /** One attempt of the key: counted, or refused with the window's end. */
  public AttemptsModel count(int key) {
    Optional<Window> open = open(key);
    if (open.isEmpty()) {
      return with(key, Optional.of(new Window(now.plus(WINDOW), 1)), Optional.empty());
    }
    if (open.get().counted() >= MAX) {
      return with(key, open, Optional.of(open.get().endsAt()));
    }
    return with(key, Optional.of(new Window(open.get().endsAt(), open.get().counted() + 1)),
        Optional.empty());
  }

  /** The key's attempt was usable: one counted attempt taken back, if the window is open. */
  public AttemptsModel forgive(int key) {
    Optional<Window> open = open(key);
    Optional<Window> after = open.map(w -> w.counted() == 0 ? w
        : new Window(w.endsAt(), w.counted() - 1));
    return with(key, after, Optional.empty());
  }

  /** The clock moves on; windows that end are gone. */
  public AttemptsModel advance(Duration by) {
    AttemptsModel moved = new AttemptsModel(now.plus(by), windows, Optional.empty());
    List<Optional<Window>> open = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      open.add(moved.open(key));
    }
    return new AttemptsModel(moved.now, open, Optional.empty());
  }

  /** The sweep removes ended windows only: what a key shows does not change. */
  public AttemptsModel sweep() {
    return new AttemptsModel(now, windows, Optional.empty());
  }

  /** The same state without the last step's outcome (steps that race have no "last" one). */
  public AttemptsModel withoutOutcome() {
    return new AttemptsModel(now, windows, Optional.empty());
  }
}
