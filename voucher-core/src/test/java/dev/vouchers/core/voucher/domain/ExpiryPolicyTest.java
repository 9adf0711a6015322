// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {
  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

  private static ExpiryPolicy endOfDay(ZoneId zone) {
    return new ExpiryPolicy(Period.ofYears(1), Optional.of(zone));
  }

  @Test
  void defaultIsOneYearToTheInstant_V4() {
    ExpiryPolicy policy = ExpiryPolicy.defaults();
    assertThat(policy.validity()).isEqualTo(Period.ofYears(1));
    assertThat(policy.endOfDayZone()).isEmpty();
    assertThat(policy.expiryFor(Instant.parse("2026-03-10T09:15:30.123456789Z")))
        .isEqualTo(Instant.parse("2027-03-10T09:15:30.123456789Z"));
  }

  @Test
  void leapDayPurchaseExpiresOnTheLastDayOfFebruaryNextYear_V4() {
    assertThat(ExpiryPolicy.defaults().expiryFor(Instant.parse("2028-02-29T12:00:00Z")))
        .isEqualTo(Instant.parse("2029-02-28T12:00:00Z"));
    assertThat(endOfDay(ZURICH).expiryFor(Instant.parse("2028-02-29T12:00:00Z")))
        .isEqualTo(Instant.parse("2029-02-28T23:00:00Z")); // 2029-03-01T00:00+01:00
  }

  @Test
  void purchaseInALeapYearBeforeTheLeapDayIsAPlainYear_V4() {
    assertThat(ExpiryPolicy.defaults().expiryFor(Instant.parse("2027-03-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
  }

  @Test
  void endOfDayUsesTheLocalDateOfThePurchaseInTheZone_V4() {
    // 23:30 UTC on 10 January is already 11 January in Zurich (CET, +01:00)
    assertThat(endOfDay(ZURICH).expiryFor(Instant.parse("2026-01-10T23:30:00Z")))
        .isEqualTo(Instant.parse("2027-01-11T23:00:00Z")); // 2027-01-12T00:00+01:00
    // in UTC the same purchase ends on 11 January at midnight
    assertThat(endOfDay(ZoneId.of("UTC")).expiryFor(Instant.parse("2026-01-10T23:30:00Z")))
        .isEqualTo(Instant.parse("2027-01-11T00:00:00Z"));
  }

  @Test
  void endOfDayOnADaylightSavingSwitchDayEndsAtLocalMidnight_V4() {
    // bought on 28 March 2026 (CET); one year later, 28 March 2027, is the switch to CEST
    Instant bought = Instant.parse("2026-03-28T10:00:00Z");
    assertThat(endOfDay(ZURICH).expiryFor(bought))
        .isEqualTo(Instant.parse("2027-03-28T22:00:00Z")); // 2027-03-29T00:00+02:00
    // bought in summer time, expiring at the end of the October switch day (CEST -> CET)
    assertThat(endOfDay(ZURICH).expiryFor(Instant.parse("2026-10-31T12:00:00Z")))
        .isEqualTo(Instant.parse("2027-10-31T23:00:00Z")); // 2027-11-01T00:00+01:00
  }

  @Test
  void endOfDayKeepsTheWholeLastDay_V4() {
    // bought in the last second of a day: valid the whole day one year later
    assertThat(endOfDay(ZURICH).expiryFor(Instant.parse("2026-06-30T21:59:59Z"))) // 23:59:59+02
        .isEqualTo(Instant.parse("2027-06-30T22:00:00Z"));
    // bought in the first second: same end
    assertThat(endOfDay(ZURICH).expiryFor(Instant.parse("2026-06-29T22:00:00Z"))) // 00:00+02
        .isEqualTo(Instant.parse("2027-06-30T22:00:00Z"));
  }

  @Test
  void validityIsConfigurable_V4() {
    assertThat(new ExpiryPolicy(Period.ofMonths(6), Optional.empty())
        .expiryFor(Instant.parse("2026-08-31T08:00:00Z")))
        .isEqualTo(Instant.parse("2027-02-28T08:00:00Z"));
    assertThat(new ExpiryPolicy(Period.ofDays(10), Optional.empty())
        .expiryFor(Instant.parse("2026-03-20T08:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void validityMustBePositive_V4() {
    assertThatThrownBy(() -> new ExpiryPolicy(Period.ZERO, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpiryPolicy(Period.ofDays(-1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-1D");
    assertThatThrownBy(() -> new ExpiryPolicy(Period.ofYears(1), null))
        .isInstanceOf(NullPointerException.class);
  }
}
