// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.subscription.port.out.Offers} port (U-1, U-3). */
public abstract class OffersContract extends SubscriptionStorageContract {

  @Test
  void storesAndReadsAnOfferWithItsDefaults_U1_U3() {
    Offer offer = SubscriptionData.offer("crm-suite");
    storage.offers().save(offer);
    Offer read = storage.offers().offer(offer.id()).orElseThrow();
    assertThat(read).isEqualTo(offer);
    assertThat(read.monthlyCancellationWindow()).isEqualTo(Duration.ofHours(72));
    assertThat(read.annualCancellationWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(storage.offers().offer(OfferId.of("other"))).isEmpty();
  }

  @Test
  void keepsConfiguredWindowsTermsAndLimits_U3() {
    Offer offer = Offer.builder().id(OfferId.of("mail-archive")).name("Mail Archive")
        .publisher("Archivo AG").addTerms(SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.ANNUAL)
        .monthlyCancellationWindow(Duration.ofHours(1).plusMillis(250))
        .annualCancellationWindow(Duration.ofDays(14)).maxQuantity(25).build();
    storage.offers().save(offer);
    assertThat(storage.offers().offer(offer.id())).contains(offer);
  }

  @Test
  void savingAgainReplacesTheOffer() {
    storage.offers().save(SubscriptionData.offer("crm-suite"));
    Offer changed = SubscriptionData.offer("crm-suite").withName("CRM Suite 2")
        .withAnnualCancellationWindow(Duration.ofDays(3));
    storage.offers().save(changed);
    assertThat(storage.offers().offer(changed.id())).contains(changed);
    assertThat(storage.offers().offers()).containsExactly(changed);
  }

  @Test
  void listsEveryOfferById() {
    Offer b = SubscriptionData.offer("b-offer");
    Offer a = SubscriptionData.offer("a-offer");
    Offer c = SubscriptionData.offer("c-offer");
    storage.offers().save(b);
    storage.offers().save(c);
    storage.offers().save(a);
    assertThat(storage.offers().offers()).containsExactly(a, b, c);
  }

  @Test
  void anEmptyStoreHasNoOffers() {
    assertThat(storage.offers().offers()).isEmpty();
    assertThat(Set.copyOf(storage.offers().offers())).isEmpty();
  }
}
