// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** S-2: failed deliveries are retried later and later, up to a cap, with jitter. */
class BackoffTest {
  private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");
  private final Outbox.Backoff backoff = Outbox.Backoff.standard();

  @Test
  void theDelayDoublesPerAttemptUpToTheCap_S2() {
    assertThat(backoff.delay(0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(960));
    assertThat(backoff.delay(10)).isEqualTo(Duration.ofHours(6));
    assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    assertThat(backoff.delay(-1)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retriesComeWithinTheLastFifthOfTheDelay_S2() {
    for (int i = 0; i < 1_000; i++) {
      Instant retry = backoff.retryAt(T, 3);
      assertThat(retry).isBetween(T.plus(Duration.ofSeconds(240 - 48)), T.plusSeconds(240));
    }
  }

  @Test
  void aBackoffNeedsAPositiveFirstDelayNotAboveTheCap() {
    assertThatThrownBy(() -> new Outbox.Backoff(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < first <= max");
    assertThatThrownBy(() -> new Outbox.Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDelayTooShortForJitterIsKeptExactly_S2() {
    Outbox.Backoff tiny = new Outbox.Backoff(Duration.ofMillis(1), Duration.ofMillis(4));
    for (int attempts = 0; attempts < 4; attempts++) {
      assertThat(tiny.retryAt(T, 0)).isEqualTo(T.plusMillis(1));
    }
    assertThat(tiny.retryAt(T, 2)).isBetween(T.plusMillis(3), T.plusMillis(4));
  }
}
