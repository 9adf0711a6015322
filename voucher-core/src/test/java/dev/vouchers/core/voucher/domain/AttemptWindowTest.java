// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.programme.domain.ProgrammeSettings;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G-1: the attempt window of one caller key, the rule every attempt store applies. */
class AttemptWindowTest {
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  private static final AttemptLimit LIMIT = AttemptLimit.defaults();

  @Test
  void theDefaultIsTenFailuresWithinFifteenMinutes_G1() {
    assertThat(LIMIT).isEqualTo(new AttemptLimit(10, Duration.ofMinutes(15)));
    assertThat(ProgrammeSettings.builder()
        .redemptionBaseUrl(java.net.URI.create("https://shop.example/redeem")).build()
        .attemptLimit()).isEqualTo(LIMIT);
  }

  @Test
  void theFirstAttemptOpensAWindow_G1() {
    assertThat(AttemptWindow.count(Optional.empty(), T0, LIMIT))
        .isEqualTo(Either.right(new AttemptWindow(T0.plus(Duration.ofMinutes(15)), 1)));
  }

  @Test
  void aFullWindowRefusesUntilItEndsAndCountsNothing_G1() {
    AttemptWindow full = new AttemptWindow(T0, 10);
    assertThat(AttemptWindow.count(Optional.of(full), T0.minusMillis(1), LIMIT))
        .isEqualTo(Either.left(T0));
    assertThat(AttemptWindow.count(Optional.of(new AttemptWindow(T0, 9)), T0.minusMillis(1),
        LIMIT)).isEqualTo(Either.right(full));
  }

  @Test
  void anEndedWindowStartsAfresh_G1() {
    assertThat(AttemptWindow.count(Optional.of(new AttemptWindow(T0, 10)), T0, LIMIT))
        .isEqualTo(Either.right(new AttemptWindow(T0.plus(Duration.ofMinutes(15)), 1)));
  }

  @Test
  void forgivingTakesBackOneWhileTheWindowLasts_G1() {
    AttemptWindow window = new AttemptWindow(T0, 2);
    assertThat(window.forgiven(T0.minusSeconds(1))).isEqualTo(new AttemptWindow(T0, 1));
    assertThat(window.forgiven(T0)).isEqualTo(window);
    assertThat(new AttemptWindow(T0, 0).forgiven(T0.minusSeconds(1)))
        .isEqualTo(new AttemptWindow(T0, 0));
  }

  @Test
  void aLimitOutOfRangeIsABrokenConfiguration_G1_L4() {
    assertThatThrownBy(() -> new AttemptLimit(0, Duration.ofMinutes(1)))
        .hasMessageContaining("maxFailures");
    assertThatThrownBy(() -> new AttemptLimit(1, Duration.ofDays(2)))
        .hasMessageContaining("window");
    assertThatThrownBy(() -> new AttemptLimit(1, Duration.ZERO)).hasMessageContaining("window");
  }

  @Test
  void aCallerKeyIsKeptAsADigestAndNeverShown_G1() {
    CallerKey key = CallerKey.of("ip:192.0.2.1");
    assertThat(key.digest()).hasSize(64).matches("[0-9a-f]{64}")
        .isEqualTo(CallerKey.of("ip:192.0.2.1").digest())
        .isNotEqualTo(CallerKey.of("ip:192.0.2.2").digest());
    assertThat(key.toString()).doesNotContain("192.0.2.1");
    assertThat(CallerKey.of("").digest()).hasSize(64);
  }
}
