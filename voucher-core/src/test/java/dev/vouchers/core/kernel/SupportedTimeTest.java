// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportedTimeTest {

  @Test
  void clocksFromYearOneTo9000AreSupported_L4() {
    assertThat(SupportedTime.check(Instant.parse("2026-03-02T09:15:00Z"))).isEmpty();
    assertThat(SupportedTime.check(SupportedTime.EARLIEST)).isEmpty();
    assertThat(SupportedTime.check(SupportedTime.LATEST)).isEmpty();
  }

  @Test
  void clocksOutsideAreRefusedNamingTheRange_L4() {
    for (Instant now : new Instant[] {Instant.MIN, Instant.MAX,
        SupportedTime.LATEST.plusNanos(1), SupportedTime.EARLIEST.minusNanos(1)}) {
      assertThat(SupportedTime.check(now)).as(now.toString()).get()
          .extracting(Reason::message)
          .isEqualTo("the clock reads outside the supported range 0001-01-01..9000-01-01");
    }
  }
}
