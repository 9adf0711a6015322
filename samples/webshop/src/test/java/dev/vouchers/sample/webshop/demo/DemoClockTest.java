// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoClockTest {
  private final DemoClock clock =
      new DemoClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void movesForwardUpToItsLimitAndNoFurther() {
    clock.advance(Duration.ofDays(1));
    assertThatThrownBy(() -> clock.advance(DemoClock.MAX_OFFSET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(1));
    clock.advance(DemoClock.MAX_OFFSET.minusDays(1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z")
        .plus(DemoClock.MAX_OFFSET));
  }

  @Test
  void neverMovesBackwards() {
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
