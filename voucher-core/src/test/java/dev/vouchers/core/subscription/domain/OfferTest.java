// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OfferTest {
  private static Offer.Builder base() {
    return Offer.builder().id(OfferId.of("o")).name("Offer").publisher("ISV");
  }

  @Test
  void windowsDefaultTo72HoursMonthlyAnd7DaysAnnual_andAreConfigurable_U3() {
    Offer offer = base().addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.MONTHLY).build();
    assertThat(offer.cancellationWindow(SubscriptionTerm.MONTHLY)).isEqualTo(Duration.ofHours(72));
    assertThat(offer.cancellationWindow(SubscriptionTerm.ANNUAL)).isEqualTo(Duration.ofDays(7));
    Offer custom = offer.withMonthlyCancellationWindow(Duration.ofHours(24))
        .withAnnualCancellationWindow(Duration.ofDays(14));
    assertThat(custom.cancellationWindow(SubscriptionTerm.MONTHLY)).isEqualTo(Duration.ofHours(24));
    assertThat(custom.cancellationWindow(SubscriptionTerm.ANNUAL)).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void namesEveryWayATermAndFrequencyAreNotOffered_U1() {
    Offer annualOnly = base().addTerms(SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.ANNUAL).build();
    assertThat(annualOnly.check(SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL)).isEmpty();
    assertThat(annualOnly.check(SubscriptionTerm.MONTHLY, BillingFrequency.ANNUAL))
        .extracting(Reason::code).containsExactly(ReasonCode.TERM_NOT_OFFERED,
            ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    assertThat(annualOnly.checkQuantity(0)).extracting(Reason::code)
        .containsExactly(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
    assertThat(annualOnly.checkQuantity(Offer.MAX_QUANTITY)).isEmpty();
    assertThat(annualOnly.checkQuantity(Offer.MAX_QUANTITY + 1)).hasSize(1);
  }

  @Test
  void brokenOffersAreNotBuilt() {
    assertThatThrownBy(() -> base().addBillingFrequencies(BillingFrequency.MONTHLY).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base().addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.ANNUAL).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("billed monthly");
    assertThatThrownBy(() -> base().addTerms(SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.ANNUAL).annualCancellationWindow(Duration.ZERO)
        .build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base().addTerms(SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.ANNUAL).maxQuantity(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Offer.builder().id(OfferId.of("o")).name(" ").publisher("ISV")
        .addTerms(SubscriptionTerm.ANNUAL).addBillingFrequencies(BillingFrequency.ANNUAL).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowsAndMaximumQuantityAreBoundedWhenBuilt_U3_L4() {
    Offer.Builder offer = base().addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.MONTHLY);
    assertThatThrownBy(() -> offer.monthlyCancellationWindow(Duration.ofSeconds(Long.MAX_VALUE))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer o needs cancellation windows of PT1M..PT8784H");
    assertThatThrownBy(() -> base().addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.MONTHLY).maxQuantity(Integer.MAX_VALUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer o needs a maximum quantity of 1..1000000");
    assertThatThrownBy(() -> Offer.builder().id(OfferId.of("o")).name("Off\u0000er")
        .publisher("ISV").addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.MONTHLY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
    assertThat(base().addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.MONTHLY).annualCancellationWindow(Offer.MAX_WINDOW)
        .maxQuantity(Offer.MAX_MAX_QUANTITY).build().maxQuantity()).isEqualTo(1_000_000);
  }

  @Test
  void everyLimitOfAnOfferIsInclusive_L4_U1() {
    Offer offer = base().addTerms(SubscriptionTerm.MONTHLY)
        .addBillingFrequencies(BillingFrequency.MONTHLY).build();
    String longest = "n".repeat(AbstractOffer.MAX_NAME);
    assertThat(offer.withName(longest).withPublisher(longest).name()).hasSize(AbstractOffer.MAX_NAME);
    assertThatThrownBy(() -> offer.withName(longest + "n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> offer.withPublisher(longest + "n"))
        .isInstanceOf(IllegalArgumentException.class);
    for (Duration edge : new Duration[] {AbstractOffer.MIN_WINDOW, AbstractOffer.MAX_WINDOW}) {
      assertThat(offer.withMonthlyCancellationWindow(edge).withAnnualCancellationWindow(edge)
          .cancellationWindow(SubscriptionTerm.MONTHLY)).isEqualTo(edge);
    }
    assertThatThrownBy(() -> offer.withMonthlyCancellationWindow(
        AbstractOffer.MIN_WINDOW.minusNanos(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> offer.withAnnualCancellationWindow(
        AbstractOffer.MAX_WINDOW.plusNanos(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(offer.withMaxQuantity(1).maxQuantity()).isEqualTo(1);
    assertThat(offer.withMaxQuantity(AbstractOffer.MAX_MAX_QUANTITY).maxQuantity())
        .isEqualTo(AbstractOffer.MAX_MAX_QUANTITY);
    assertThatThrownBy(() -> offer.withMaxQuantity(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> offer.withMaxQuantity(AbstractOffer.MAX_MAX_QUANTITY + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
