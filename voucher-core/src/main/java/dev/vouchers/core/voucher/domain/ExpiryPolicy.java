// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Instants;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * V-4: when a voucher expires, from its order's purchase time: {@code validity} later to the
 * instant, or, with a zone, at the end of that day in the zone (the first instant of the
 * following day). L-4: the validity is at most {@link #MAX_VALIDITY}; an expiry beyond the
 * supported range saturates at {@link Instants#MAX} (never throws, whatever the clock reads).
 *
 * @param validity how long a voucher is valid (default one year)
 * @param endOfDayZone when present, expiry is at the end of the day in this zone
 */
public record ExpiryPolicy(Period validity, Optional<ZoneId> endOfDayZone) {

  /** L-4: the longest configurable validity, 100 years. */
  public static final Period MAX_VALIDITY = Period.ofYears(100);
  /** L-4: the most days a validity may name (100 years of days). */
  public static final int MAX_VALIDITY_DAYS = 36_525;

  /** The validity must be positive (no negative part) and at most {@link #MAX_VALIDITY}. */
  public ExpiryPolicy {
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(endOfDayZone, "endOfDayZone");
    if (validity.isNegative() || validity.isZero()
        || validity.toTotalMonths() > MAX_VALIDITY.toTotalMonths()
        || validity.getDays() > MAX_VALIDITY_DAYS) {
      throw new IllegalArgumentException("expiry validity must be positive, at most 100 years "
          + "and " + MAX_VALIDITY_DAYS + " days, got " + validity);
    }
  }

  /** One year, to the instant. */
  public static ExpiryPolicy defaults() {
    return new ExpiryPolicy(Period.ofYears(1), Optional.empty());
  }

  /** The instant from which a voucher bought at {@code purchasedAt} is expired. */
  public Instant expiryFor(Instant purchasedAt) {
    // L-4: from a clamped instant, at most 100 years on stays far inside what a ZonedDateTime
    // holds (year 999999999); the result is clamped back into the supported range
    return Instants.clamp(exactExpiry(Instants.clamp(purchasedAt)));
  }

  /** Only called with supported instants, so it cannot overflow. */
  private Instant exactExpiry(Instant purchasedAt) {
    if (endOfDayZone.isPresent()) {
      ZoneId zone = endOfDayZone.get();
      return purchasedAt.atZone(zone).plus(validity).toLocalDate().plusDays(1)
          .atStartOfDay(zone).toInstant();
    }
    return purchasedAt.atZone(ZoneOffset.UTC).plus(validity).toInstant();
  }
}
