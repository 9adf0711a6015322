// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import java.time.Instant;
import java.util.Optional;

/**
 * G-1: counts code attempts per caller key, so that a key that failed too often is refused
 * before the voucher store is asked. Each key has at most one {@link AttemptWindow}; every
 * method applies that rule atomically, also when several application instances share the
 * store: of concurrent {@link #count} calls on one key, no more than the limit are counted.
 * Implementations keep only {@link CallerKey#digest()}.
 *
 * <p>Storage is bounded: an ended window is overwritten by the key's next attempt and
 * deleted by {@link #sweep}.
 */
public interface CodeAttempts {

  /**
   * Counts one attempt of the key at {@code now} as {@link AttemptWindow#count} says.
   *
   * @param key the caller
   * @param now the instant of the attempt (from the programme's clock)
   * @param limit the configured limit
   * @return empty when the attempt was counted (go ahead); otherwise the instant after which
   *     the key may try again, and nothing was counted
   */
  Optional<Instant> count(CallerKey key, Instant now, AttemptLimit limit);

  /**
   * Takes back one counted attempt of the key, as {@link AttemptWindow#forgiven} says: the
   * code it tried was usable, and successful attempts do not count.
   *
   * @param key the caller
   * @param now the instant the attempt succeeded
   */
  void forgive(CallerKey key, Instant now);

  /**
   * Deletes up to {@code limit} windows that ended at or before {@code now}.
   *
   * @param now the instant of the sweep
   * @param limit the most windows to delete, positive
   * @return how many were deleted
   */
  int sweep(Instant now, int limit);

  /**
   * The key's current window, for tests and support (an ended window may still be stored
   * until swept or overwritten).
   *
   * @param key the caller
   * @return its window, if one is stored
   */
  Optional<AttemptWindow> window(CallerKey key);

  /** No limit: every attempt goes ahead and nothing is stored (a programme without a store). */
  static CodeAttempts unlimited() {
    return Unlimited.INSTANCE;
  }

  /** The store behind {@link #unlimited()}. */
  enum Unlimited implements CodeAttempts {
    /** The one instance. */
    INSTANCE;

    @Override
    public Optional<Instant> count(CallerKey key, Instant now, AttemptLimit limit) {
      return Optional.empty();
    }

    @Override
    public void forgive(CallerKey key, Instant now) {
      // nothing was counted
    }

    @Override
    public int sweep(Instant now, int limit) {
      return 0;
    }

    @Override
    public Optional<AttemptWindow> window(CallerKey key) {
      return Optional.empty();
    }
  }
}
