// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a subscription's history keeps of each change (U-1, U-5) and what a refusal tells the
 * caller about who may make it (U-2, U-5).
 */
class SubscriptionRecordsTest {
  private static final Offer OFFER = Offer.builder().id(OfferId.of("crm")).name("CRM")
      .publisher("ISV").addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
      .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL).build();

  private static SubscriptionPurchase buy(Optional<String> nickname, Optional<PartnerId> via) {
    return Subscription.buy(SubscriptionId.of("s-1"), ACME, new SubscriptionRequest.Valid(
        CustomerId.of("c-9"), OFFER, 3, SubscriptionTerm.ANNUAL, BillingFrequency.MONTHLY, true,
        nickname, via), ACME_ADMIN, T0);
  }

  private static Subscription active() {
    return buy(Optional.empty(), Optional.empty()).subscription()
        .activate(new SubscriptionActivation(URI.create("https://isv.example/a"), "code", T0),
            true, true, PLATFORM, T0).get().after();
  }

  @Test
  void thePurchaseRecordsTheNicknameAndTheIndirectResellerWhenGiven_U1() {
    SubscriptionHistoryEntry named = buy(Optional.of("front desk"), Optional.of(OTHER)).entry();
    assertThat(named.data()).containsEntry("nickname", "front desk")
        .containsEntry("indirectReseller", OTHER.value())
        .containsEntry("customer", "c-9").containsEntry("quantity", "3");

    SubscriptionHistoryEntry plain = buy(Optional.empty(), Optional.empty()).entry();
    assertThat(plain.data()).doesNotContainKeys("nickname", "indirectReseller");
  }

  @Test
  void renamingRecordsTheNewNicknameAndRefusesAnUnchangedOne_U5() {
    Subscription sub = active();
    SubscriptionUpdate renamed =
        sub.rename(Optional.of("lab"), ACME_ADMIN, T0.plusSeconds(1)).get();
    assertThat(renamed.after().nickname()).contains("lab");
    assertThat(renamed.last().change()).isEqualTo(SubscriptionChange.NICKNAME_CHANGED);
    assertThat(renamed.last().data()).containsEntry("nickname", "lab");

    assertThat(renamed.after().rename(Optional.of("lab"), ACME_ADMIN, T0.plusSeconds(2))
        .getLeft().codes()).containsExactly(ReasonCode.INVALID_INPUT);

    SubscriptionUpdate removed =
        renamed.after().rename(Optional.empty(), ACME_ADMIN, T0.plusSeconds(3)).get();
    assertThat(removed.after().nickname()).isEmpty();
    assertThat(removed.last().data()).doesNotContainKey("nickname");
  }

  @Test
  void changingTheIndirectResellerRecordsItAndRefusesAnUnchangedOne_U1_U5() {
    Subscription sub = active();
    SubscriptionUpdate via = sub.changeIndirectReseller(Optional.of(OTHER), ACME_ADMIN,
        T0.plusSeconds(1)).get();
    assertThat(via.after().indirectReseller()).contains(OTHER);
    assertThat(via.last().change()).isEqualTo(SubscriptionChange.INDIRECT_RESELLER_CHANGED);
    assertThat(via.last().data()).containsEntry("indirectReseller", OTHER.value());

    assertThat(via.after().changeIndirectReseller(Optional.of(OTHER), ACME_ADMIN,
        T0.plusSeconds(2)).getLeft().codes()).containsExactly(ReasonCode.INVALID_INPUT);

    SubscriptionUpdate direct = via.after().changeIndirectReseller(Optional.empty(), ACME_ADMIN,
        T0.plusSeconds(3)).get();
    assertThat(direct.after().indirectReseller()).isEmpty();
    assertThat(direct.last().data()).doesNotContainKey("indirectReseller");
  }

  @Test
  void aRefusedSuspensionNamesTheVendorsStaffAmongThoseWhoMay_aRefusedChangeDoesNot_U2_U5() {
    Subscription sub = active();
    Refusal suspension = sub.suspend(PLATFORM, T0.plusSeconds(1), "why").getLeft();
    assertThat(suspension.codes()).containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    assertThat(suspension.reasons()).map(Reason::message)
        .singleElement().asString().contains("admin agent", "vendor's staff");

    Subscription suspended = sub.suspend(ACME_ADMIN, T0.plusSeconds(1), "why").get().after();
    Refusal reactivation = suspended.reactivate(PLATFORM, T0.plusSeconds(2), "why").getLeft();
    assertThat(reactivation.reasons()).map(Reason::message)
        .singleElement().asString().contains("vendor's staff");

    Refusal rename = sub.rename(Optional.of("x"), PLATFORM, T0.plusSeconds(1)).getLeft();
    assertThat(rename.codes()).containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    assertThat(rename.reasons()).map(Reason::message)
        .singleElement().asString().contains("renamed", "admin agent")
        .doesNotContain("vendor's staff");

    Actor.PartnerUser salesAgent =
        new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
    assertThat(sub.rename(Optional.of("x"), salesAgent, T0.plusSeconds(1)).getLeft().reasons())
        .map(Reason::message).singleElement().asString()
        .contains("a sales agent buys subscriptions but does not change them");
  }

  @Test
  void quantityBillingAutoRenewAndCancellationEntriesKeepWhatChanged_U3_U4_U5() {
    Subscription sub = active();
    SubscriptionUpdate more = sub.changeQuantity(5, OFFER, ACME_ADMIN, T0.plusSeconds(1), "")
        .get();
    assertThat(more.last().data()).containsEntry("from", "3").containsEntry("to", "5");
    SubscriptionUpdate annual = more.after().changeBillingFrequency(BillingFrequency.ANNUAL,
        OFFER, ACME_ADMIN, T0.plusSeconds(2), "").get();
    assertThat(annual.last().data()).containsEntry("from", "MONTHLY").containsEntry("to", "ANNUAL");
    SubscriptionUpdate off = annual.after().switchAutoRenew(false, ACME_ADMIN, T0.plusSeconds(3),
        "").get();
    assertThat(off.last().data()).containsEntry("autoRenew", "false");
    assertThat(off.after().switchAutoRenew(false, ACME_ADMIN, T0.plusSeconds(4), "").getLeft()
        .reasons()).map(Reason::message).containsExactly("auto-renew is off already");
    assertThat(annual.after().switchAutoRenew(true, ACME_ADMIN, T0.plusSeconds(4), "").getLeft()
        .reasons()).map(Reason::message).containsExactly("auto-renew is on already");
    SubscriptionUpdate cancelled = off.after().cancel(ACME_ADMIN, T0.plusSeconds(5), "").get();
    assertThat(cancelled.last().data()).containsEntry("quantity", "5");
  }

  @Test
  void theSameQuantityAfterTheWindowIsRefusedOnlyAsUnchanged_U3() {
    Subscription sub = active();
    Instant closed = sub.windowClosesAt();
    assertThat(sub.changeQuantity(3, OFFER, ACME_ADMIN, closed, "").getLeft().codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(sub.changeQuantity(2, OFFER, ACME_ADMIN, closed, "").getLeft().codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
  }

  @Test
  void aSubscriptionWaitingForActivationHasNoTermAndARunningOneHasOne_U2() {
    Subscription pending = buy(Optional.empty(), Optional.empty()).subscription();
    Subscription running = active();
    assertThatThrownBy(() -> pending.withTermNumber(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no term yet");
    assertThatThrownBy(() -> running.withTermEndsAt(running.termStartedAt()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running term");
  }
}
