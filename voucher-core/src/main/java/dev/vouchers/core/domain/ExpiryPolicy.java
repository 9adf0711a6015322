// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * V-4: when a voucher expires, from its order's purchase time: {@code validity} later to the
 * instant, or, with a zone, at the end of that day in the zone (the first instant of the
 * following day).
 *
 * @param validity how long a voucher is valid (default one year)
 * @param endOfDayZone when present, expiry is at the end of the day in this zone
 */
public record ExpiryPolicy(Period validity, Optional<ZoneId> endOfDayZone) {
  /** The validity must be positive. */
  public ExpiryPolicy {
    Objects.requireNonNull(endOfDayZone, "endOfDayZone");
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("validity must be positive: " + validity);
    }
  }

  /** One year, to the instant. */
  public static ExpiryPolicy defaults() {
    return new ExpiryPolicy(Period.ofYears(1), Optional.empty());
  }

  /** The instant from which a voucher bought at {@code purchasedAt} is expired. */
  public Instant expiryFor(Instant purchasedAt) {
    if (endOfDayZone.isPresent()) {
      ZoneId zone = endOfDayZone.get();
      return purchasedAt.atZone(zone).plus(validity).toLocalDate().plusDays(1)
          .atStartOfDay(zone).toInstant();
    }
    return purchasedAt.atZone(ZoneOffset.UTC).plus(validity).toInstant();
  }
}
