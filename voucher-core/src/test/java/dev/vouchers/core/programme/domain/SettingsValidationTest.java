// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L-4: settings are validated when built, naming the setting; derived instants never throw. */
class SettingsValidationTest {

  private static final URI REDEEM = URI.create("https://shop.example/redeem");

  private static ProgrammeSettings.Builder settings() {
    return ProgrammeSettings.builder().redemptionBaseUrl(REDEEM);
  }

  @Test
  void builderRefusesABadDomainCheckNameNamingTheSetting_L4_D1() {
    assertThatThrownBy(() -> settings().domainCheckName("Bad Name!").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domainCheckName");
    assertThatThrownBy(() -> settings().domainCheckName("x".repeat(64)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domainCheckName");
    assertThat(settings().domainCheckName("_acme-check").build().domainCheckName())
        .isEqualTo("_acme-check");
  }

  @Test
  void builderRefusesWindowsOutOfRangeNamingEachSetting_L4_V5_V6() {
    assertThatThrownBy(() -> settings().reissueWindow(Duration.ofSeconds(Long.MAX_VALUE))
        .domainChallengeValidity(Duration.ofHours(9_999_999_999_999L)).conflictRetries(0)
        .voucherTerms("a\u0000b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reissueWindow").hasMessageContaining("domainChallengeValidity")
        .hasMessageContaining("conflictRetries").hasMessageContaining("voucherTerms");
    assertThatThrownBy(() -> settings().cancellationWindow(Duration.ofDays(36_526)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancellationWindow");
    assertThatThrownBy(() -> settings().cancellationWindow(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancellationWindow");
    assertThatThrownBy(() -> ProgrammeSettings.builder().redemptionBaseUrl(URI.create("mailto:x@y.example")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(settings().reissueWindow(Duration.ZERO).cancellationWindow(Duration.ofDays(36_525))
        .build().reissueWindow()).isZero();
  }

  @Test
  void orderLimitsAreBoundedNamingTheLimit_L4_O2() {
    assertThatThrownBy(() -> new OrderLimits(Integer.MAX_VALUE, 100, 200, 2000, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxQuantity");
    assertThatThrownBy(() -> new OrderLimits(1000, 1001, 200, 2000, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLines");
    assertThatThrownBy(() -> new OrderLimits(1000, 100, 100_000, 2000, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCustomerNameLength");
    assertThatThrownBy(() -> new OrderLimits(1000, 100, 200, 2001, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNotesLength");
    assertThatThrownBy(() -> new OrderLimits(1000, 100, 200, 2000, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPaymentMethodLength");
    assertThat(new OrderLimits(OrderLimits.QUANTITY_CEILING, OrderLimits.LINES_CEILING, Text.NAME,
        Text.FREE_TEXT, Text.REFERENCE).maxQuantity()).isEqualTo(1_000_000);
  }

  @Test
  void codeFormatPrefixIsBounded_L4_C3() {
    assertThatThrownBy(() -> new CodeFormat("A".repeat(100_000), 19, List.of(4, 4, 4, 4, 4), true))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> new CodeFormat("!".repeat(100_000), 19, List.of(4, 4, 4, 4, 4), true))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void expiryValidityIsBounded_L4_V4() {
    assertThatThrownBy(() -> new ExpiryPolicy(Period.ofYears(101), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validity");
    assertThatThrownBy(() -> new ExpiryPolicy(Period.of(1, -1, 0), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpiryPolicy(Period.ofDays(Integer.MAX_VALUE), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void expiryNearTheEndsOfTimeSaturatesInsteadOfThrowing_L4_V4() {
    ExpiryPolicy utc = new ExpiryPolicy(ExpiryPolicy.MAX_VALIDITY, Optional.empty());
    ExpiryPolicy zoned = new ExpiryPolicy(Period.ofYears(1), Optional.of(ZoneId.of("Pacific/Kiritimati")));
    for (Instant at : List.of(Instant.MAX, Instant.MIN, Instants.MAX, Instants.MIN,
        Instant.parse("9999-06-01T00:00:00Z"))) {
      for (ExpiryPolicy policy : List.of(utc, zoned, ExpiryPolicy.defaults())) {
        Instant expiry = policy.expiryFor(at);
        assertThat(Instants.supported(expiry)).as("%s + %s", at, policy).isTrue();
      }
    }
    assertThat(ExpiryPolicy.defaults().expiryFor(Instant.MAX)).isEqualTo(Instants.MAX);
    assertThat(ExpiryPolicy.defaults().expiryFor(Instant.MIN))
        .isEqualTo(Instant.parse("0002-01-01T00:00:00Z"));
  }

  @Test
  void expiryNeverThrowsForAnyInstant_L4_V4() {
    ExpiryPolicy zoned = new ExpiryPolicy(Period.ofYears(1), Optional.of(ZoneId.of("Europe/Zurich")));
    qt().withExamples(2_000)
        .forAll(longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()))
        .checkAssert(seconds -> {
          Instant at = Instant.ofEpochSecond(seconds);
          assertThat(Instants.supported(ExpiryPolicy.defaults().expiryFor(at))).isTrue();
          assertThat(Instants.supported(zoned.expiryFor(at))).isTrue();
        });
  }

  @Test
  void instantArithmeticSaturates_L4() {
    assertThat(Instants.plus(Instant.MAX, Duration.ofDays(1))).isEqualTo(Instants.MAX);
    assertThat(Instants.plus(Instants.MIN, Duration.ofSeconds(Long.MIN_VALUE)))
        .isEqualTo(Instants.MIN);
    assertThat(Instants.check("valid until", Instant.MAX)).hasValueSatisfying(r ->
        assertThat(r.message()).startsWith("valid until must be between 0001"));
    assertThat(Instants.check("valid until", Instant.EPOCH)).isEmpty();
  }

  @Test
  void everyLimitOfTheSettingsIsInclusive_L4() {
    Duration max = AbstractProgrammeSettings.MAX_WINDOW;
    ProgrammeSettings edges = settings()
        .cancellationWindow(max).reissueWindow(Duration.ZERO).domainChallengeValidity(max)
        .idempotencyRetention(AbstractProgrammeSettings.MIN_IDEMPOTENCY_RETENTION)
        .conflictRetries(1).build();
    assertThat(edges.reissueWindow()).isZero();
    assertThat(settings().idempotencyRetention(max)
        .conflictRetries(AbstractProgrammeSettings.MAX_CONFLICT_RETRIES).reissueWindow(max)
        .build().conflictRetries()).isEqualTo(AbstractProgrammeSettings.MAX_CONFLICT_RETRIES);

    assertThatThrownBy(() -> settings().cancellationWindow(Duration.ZERO).build())
        .hasMessageContaining("cancellationWindow must be positive");
    assertThatThrownBy(() -> settings().reissueWindow(max.plusNanos(1)).build())
        .hasMessageContaining("reissueWindow must be 0 up to");
    assertThatThrownBy(() -> settings().idempotencyRetention(
        AbstractProgrammeSettings.MIN_IDEMPOTENCY_RETENTION.minusNanos(1)).build())
        .hasMessageContaining("idempotencyRetention");
    assertThatThrownBy(() -> settings().idempotencyRetention(max.plusNanos(1)).build())
        .hasMessageContaining("idempotencyRetention");
    assertThatThrownBy(() -> settings().conflictRetries(0).build())
        .hasMessageContaining("conflictRetries");
    assertThatThrownBy(() -> settings().conflictRetries(
        AbstractProgrammeSettings.MAX_CONFLICT_RETRIES + 1).build())
        .hasMessageContaining("conflictRetries");
  }

  @Test
  void theRedemptionBaseUrlNeedsAHostAndFitsInTheUrlLimit_L4_C6() {
    String base = "https://shop.example/";
    URI longest = URI.create(base + "r".repeat(Text.URL - base.length()));
    assertThat(ProgrammeSettings.builder().redemptionBaseUrl(longest).build()
        .redemptionBaseUrl()).isEqualTo(longest);
    assertThatThrownBy(() -> ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create(longest + "r")).build())
        .hasMessageContaining("redemptionBaseUrl");
    assertThatThrownBy(() -> ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create("https:/redeem")).build())
        .hasMessageContaining("redemptionBaseUrl");
    assertThatThrownBy(() -> ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create("ftp://shop.example/redeem")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
    assertThat(ProgrammeSettings.builder().redemptionBaseUrl(URI.create("HTTP://shop.example/r"))
        .build().redemptionBaseUrl().getScheme()).isEqualTo("HTTP");
  }
}
