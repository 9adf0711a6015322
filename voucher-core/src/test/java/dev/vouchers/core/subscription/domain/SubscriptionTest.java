// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.NANO;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.ReasonCode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The subscription aggregate on its own: terms, windows and moves as pure functions. */
class SubscriptionTest {
  private static final Offer OFFER = Offer.builder().id(OfferId.of("crm")).name("CRM")
      .publisher("ISV").addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
      .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL).build();

  private static Subscription bought(SubscriptionTerm term, boolean autoRenew) {
    return Subscription.buy(SubscriptionId.of("s-1"), ACME, new SubscriptionRequest.Valid(
        CustomerId.of("c"), OFFER, 3, term, BillingFrequency.MONTHLY, autoRenew,
        Optional.empty(), Optional.empty()), ACME_ADMIN, T0).subscription();
  }

  private static Subscription activeAt(Subscription pending, Instant at) {
    return pending.activate(new SubscriptionActivation(URI.create("https://isv.example/a"),
        "code", at), true, true, PLATFORM, at).get().after();
  }

  @Test
  void theWindowIsHalfOpen_toTheNanosecond_U3() {
    Subscription sub = activeAt(bought(SubscriptionTerm.MONTHLY, true), T0);
    Instant closes = T0.plus(Duration.ofHours(72));
    assertThat(sub.windowClosesAt()).isEqualTo(closes);
    assertThat(sub.cancellableUntil(closes.minus(NANO))).contains(closes);
    assertThat(sub.cancellableUntil(closes)).isEmpty();
    assertThat(sub.cancel(ACME_ADMIN, closes.minus(NANO), "").isRight()).isTrue();
    assertThat(sub.cancel(ACME_ADMIN, closes, "").getLeft().codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    assertThat(sub.changeQuantity(2, OFFER, ACME_ADMIN, closes, "").isLeft()).isTrue();
    assertThat(sub.changeQuantity(4, OFFER, ACME_ADMIN, closes, "").isRight()).isTrue();
  }

  @Test
  void aTermEndsAtItsLastInstantExclusive_U4() {
    Subscription sub = activeAt(bought(SubscriptionTerm.ANNUAL, false), T0);
    Instant end = T0.atZone(java.time.ZoneOffset.UTC).plusYears(1).toInstant();
    assertThat(sub.termEndsAt()).contains(end);
    assertThat(sub.statusAt(end.minus(NANO))).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(sub.isDue(end.minus(NANO))).isFalse();
    assertThat(sub.statusAt(end)).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(sub.isDue(end)).isTrue();
  }

  @Test
  void settlingIsIdempotent_andTheSweepIsRefusedWhenNothingIsDue_U4() {
    Subscription sub = activeAt(bought(SubscriptionTerm.MONTHLY, true), T0);
    Instant later = T0.plus(Duration.ofDays(100));
    Subscription.Settled once = sub.settle(later);
    assertThat(once.termEnds()).hasSize(3);
    assertThat(once.subscription().settle(later).termEnds()).isEmpty();
    assertThat(once.subscription().version()).isEqualTo(sub.version());
    SubscriptionUpdate swept = sub.settleTermEnds(later).get();
    assertThat(swept.after().version()).isEqualTo(sub.version() + 1);
    assertThat(swept.after().settleTermEnds(later).getLeft().codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
  }

  @Test
  void invariantsOfTheAggregateHold_U2() {
    Subscription pending = bought(SubscriptionTerm.MONTHLY, true);
    assertThatThrownBy(() -> pending.withStatus(SubscriptionStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pending.withQuantity(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pending.withTerm(SubscriptionTerm.MONTHLY)
        .withBillingFrequency(BillingFrequency.ANNUAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubscriptionActivation(URI.create("ftp://x/y"), "c", T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMoveNeverChangesTheSubscriptionItWasDecidedOn_U2() {
    Subscription pending = bought(SubscriptionTerm.ANNUAL, true);
    Subscription active = activeAt(pending, T0.plusSeconds(5));
    assertThat(pending.status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    SubscriptionUpdate update = active.suspend(ACME_ADMIN, T0.plusSeconds(6), "why").get();
    assertThat(update.before()).isSameAs(active);
    assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(update.after().status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(update.last().why()).isEqualTo("why");
  }
}
