// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.time.Instant;
import java.util.Optional;

/**
 * L-4: the instants the library computes with. Everything derived from the clock (expiries,
 * windows, term ends) is at most a few years after it, so a clock inside this range never
 * makes date arithmetic overflow and every derived instant fits every supported database. A
 * use case whose clock reads outside it refuses and changes nothing.
 */
public final class SupportedTime {
  /** The earliest instant a clock may read: 0001-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant a clock may read: 9000-01-01T00:00:00Z. */
  public static final Instant LATEST = Instant.parse("9000-01-01T00:00:00Z");

  private SupportedTime() {}

  /** Whether the clock reading {@code now} is inside the supported range. */
  public static boolean supported(Instant now) {
    return !now.isBefore(EARLIEST) && !now.isAfter(LATEST);
  }

  /**
   * Why the use case cannot run at {@code now}, if it cannot.
   *
   * @param now the clock's reading
   * @return a short {@link ReasonCode#INVALID_INPUT} reason naming the range
   */
  public static Optional<Reason> check(Instant now) {
    return supported(now) ? Optional.empty() : Optional.of(Reason.of(ReasonCode.INVALID_INPUT,
        "the clock reads outside the supported range 0001-01-01..9000-01-01"));
  }
}
