// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * G-1, L-4: an attempt limit allows 1 to 1,000,000 failures within 1 second to 1 day, both ends
 * included; D-1, L-4: a wrong domain name is echoed in the refusal up to 253 characters.
 */
class AttemptLimitAndDomainNameBoundsTest {

  @Test
  void failuresAreOneToAMillionInclusive_G1_L4() {
    Duration window = Duration.ofMinutes(15);
    assertThat(new AttemptLimit(1, window).maxFailures()).isEqualTo(1);
    assertThat(new AttemptLimit(AttemptLimit.MAX_FAILURES, window).maxFailures())
        .isEqualTo(1_000_000);
    for (int bad : new int[] {0, AttemptLimit.MAX_FAILURES + 1}) {
      assertThatThrownBy(() -> new AttemptLimit(bad, window)).as("%d", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("attempt limit: maxFailures must be 1..1000000");
    }
  }

  @Test
  void theWindowIsOneSecondToOneDayInclusive_G1_L4() {
    assertThat(new AttemptLimit(10, Duration.ofSeconds(1)).window()).hasSeconds(1);
    assertThat(new AttemptLimit(10, Duration.ofDays(1)).window()).isEqualTo(AttemptLimit.MAX_WINDOW);
    for (Duration bad : new Duration[] {
        Duration.ofSeconds(1).minusNanos(1), Duration.ofDays(1).plusNanos(1)}) {
      assertThatThrownBy(() -> new AttemptLimit(10, bad)).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("attempt limit: window must be 1 second..1 day");
    }
  }

  @Test
  void aWrongDomainNameIsEchoedUpTo253Characters_D1_L4() {
    String at253 = "a_" + "b".repeat(251);
    assertThatThrownBy(() -> new DomainName(at253)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a domain name: '" + at253 + "'");
    String at254 = at253 + "c";
    assertThatThrownBy(() -> new DomainName(at254)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a domain name");
    assertThat(DomainName.parse(at253).getError()).isEqualTo("'" + at253 + "' is not a domain name");
    assertThat(DomainName.parse(at254).getError()).isEqualTo("the domain is not a domain name");
  }
}
