// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * L-4: the instants the library reads, computes and stores lie in years 0001..9999 (every
 * supported database stores them; PostgreSQL stops at year 294276, {@code OffsetDateTime} at
 * year 999999999, {@link Instant} a little later). A clock outside that range is read as its
 * nearest end, and what the library derives from it (expiry, deadlines, challenge validity)
 * saturates at the ends instead of throwing.
 */
public final class Instants {

  /** The earliest supported instant, {@code 0001-01-01T00:00:00Z}. */
  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest supported instant, {@code 9999-12-31T23:59:59.999999Z} (microseconds). */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Instants() {}

  /** Whether the instant is within {@link #MIN}..{@link #MAX}. */
  public static boolean supported(Instant instant) {
    return !instant.isBefore(MIN) && !instant.isAfter(MAX);
  }

  /** The instant, or the nearest end of the supported range. */
  public static Instant clamp(Instant instant) {
    if (instant.isBefore(MIN)) {
      return MIN;
    }
    return instant.isAfter(MAX) ? MAX : instant;
  }

  /** {@code instant + amount}, saturated at the ends of the supported range; never throws. */
  public static Instant plus(Instant instant, Duration amount) {
    try {
      return clamp(instant.plus(amount));
    } catch (DateTimeException | ArithmeticException overflow) {
      return amount.isNegative() ? MIN : MAX;
    }
  }

  /**
   * L-4: why an instant given by a caller cannot be stored, if it cannot.
   *
   * @param field the field's name, e.g. {@code "valid until"}
   * @param instant the instant as given
   * @return an {@link ReasonCode#INVALID_INPUT} reason naming the field and the range
   */
  public static Optional<Reason> check(String field, Instant instant) {
    return supported(instant)
        ? Optional.empty()
        : Optional.of(Reason.of(ReasonCode.INVALID_INPUT,
            field + " must be between " + MIN + " and " + MAX));
  }
}
