// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.ordering.domain.CancellationPolicy;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.RedemptionLinks;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeSettingsTest {
  private static final URI BASE = URI.create("https://shop.example.com/redeem");

  private static ProgrammeSettings.Builder settings() {
    return ProgrammeSettings.builder().redemptionBaseUrl(BASE);
  }

  @Test
  void defaultsAreTheNumbersOfTheBrief() {
    ProgrammeSettings s = settings().build();
    assertThat(s.redemptionBaseUrl()).isEqualTo(BASE);
    assertThat(s.codeFormat()).isEqualTo(CodeFormat.defaults()); // C-3
    assertThat(s.tiers()).isEqualTo(TierLadder.defaults()); // T-1
    assertThat(s.expiry().validity()).isEqualTo(Period.ofYears(1)); // V-4
    assertThat(s.expiry().endOfDayZone()).isEmpty();
    assertThat(s.cancellationWindow()).isEqualTo(Duration.ofDays(30)); // V-6
    assertThat(s.reissueWindow()).isEqualTo(Duration.ofDays(30)); // V-5
    assertThat(s.orderLimits().maxQuantity()).isEqualTo(1000); // O-2
    assertThat(s.orderLimits()).isEqualTo(OrderLimits.defaults());
    assertThat(s.domainCheckName()).isEqualTo("_voucher-challenge"); // D-1
    assertThat(s.domainChallengeValidity()).isEqualTo(Duration.ofDays(7));
    assertThat(s.voucherTerms()).isNotBlank(); // S-3
    assertThat(s.conflictRetries()).isEqualTo(8); // V-7
  }

  @Test
  void derivesCancellationPolicyAndLinksFromTheSettings_V6_C6() {
    ExpiryPolicy eod = new ExpiryPolicy(Period.ofYears(2), Optional.of(java.time.ZoneId.of("UTC")));
    ProgrammeSettings s = settings().cancellationWindow(Duration.ofDays(14)).expiry(eod).build();
    assertThat(s.cancellation()).isEqualTo(new CancellationPolicy(Duration.ofDays(14), eod));
    assertThat(s.links()).isEqualTo(new RedemptionLinks(BASE));
    assertThat(s.links().forCode("X")).isEqualTo(URI.create(BASE + "?code=X"));
  }

  @Test
  void redemptionBaseUrlIsRequired_C6() {
    assertThatThrownBy(() -> ProgrammeSettings.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("redemptionBaseUrl");
    assertThatThrownBy(() -> ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create("ftp://x.example.com/")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidSettingsThrow() {
    assertThatThrownBy(() -> settings().reissueWindow(Duration.ofNanos(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings().domainChallengeValidity(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings().domainChallengeValidity(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings().conflictRetries(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings().cancellationWindow(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boundaryValuesAreAccepted() {
    ProgrammeSettings s = settings().reissueWindow(Duration.ZERO)
        .domainChallengeValidity(Duration.ofNanos(1)).conflictRetries(1).build();
    assertThat(s.reissueWindow()).isZero();
    assertThat(s.domainChallengeValidity()).isEqualTo(Duration.ofNanos(1));
    assertThat(s.conflictRetries()).isEqualTo(1);
  }
}
