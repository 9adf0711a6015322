// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Instants;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * G-1: the counted attempts of one caller key: a window opened by the first counted attempt
 * and ending {@link AttemptLimit#window()} later, and how many attempts it counted. This is
 * the rule's one home: the in-memory store applies it as is, the JDBC store's upsert says the
 * same in SQL (ADR 0044), and the contract suite checks both against it.
 *
 * <p>An attempt is counted before the code is looked up (so that concurrent attempts never
 * pass the limit together) and taken back when the code turned out usable: successful
 * attempts do not count.
 *
 * @param endsAt when the window ends; from then on the key starts afresh
 * @param counted attempts counted in the window (failures and attempts still under way)
 */
public record AttemptWindow(Instant endsAt, int counted) {
  /** The count is never negative. */
  public AttemptWindow {
    Objects.requireNonNull(endsAt, "endsAt");
    if (counted < 0) {
      throw new IllegalArgumentException("counted must not be negative");
    }
  }

  /** Whether the window is over at {@code now} (it ends at {@link #endsAt()}, exclusive). */
  public boolean endedAt(Instant now) {
    return !now.isBefore(endsAt);
  }

  /**
   * Counts one attempt at {@code now}: a key without a window, or whose window has ended,
   * opens a new one; a window below the limit counts one more; a full window refuses.
   *
   * @param current the key's window, if it has one
   * @param now the instant of the attempt
   * @param limit the configured limit
   * @return the window with the attempt counted, or (left) the instant after which the key may
   *     try again; a refusal counts nothing
   */
  public static Either<Instant, AttemptWindow> count(
      Optional<AttemptWindow> current, Instant now, AttemptLimit limit) {
    if (current.isEmpty() || current.get().endedAt(now)) {
      return Either.right(new AttemptWindow(Instants.plus(now, limit.window()), 1));
    }
    AttemptWindow window = current.get();
    if (window.counted() >= limit.maxFailures()) {
      return Either.left(window.endsAt());
    }
    return Either.right(new AttemptWindow(window.endsAt(), window.counted() + 1));
  }

  /**
   * Takes back one counted attempt at {@code now} (the code was usable); an ended window or
   * an empty count stays as it is.
   *
   * @param now the instant the attempt succeeded
   * @return the window after
   */
  public AttemptWindow forgiven(Instant now) {
    return endedAt(now) || counted == 0 ? this : new AttemptWindow(endsAt, counted - 1);
  }
}
