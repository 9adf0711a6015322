// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ACME;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.LINK;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PM;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PUBLISHER;
import static dev.vouchers.core.programme.application.SubscriptionFixture.START;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SUPPORT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.annual;
import static dev.vouchers.core.programme.application.SubscriptionFixture.monthly;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ok;
import static dev.vouchers.core.programme.application.SubscriptionFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * U-2: activation by the publisher (billing starts then), suspension and reactivation, and the
 * history of every move; U-3: licences and cancellation inside the cancellation window.
 */
class SubscriptionLifecycleTest {
  private final SubscriptionFixture f = new SubscriptionFixture();

  private Either<Refusal, SubscriptionView> quantity(SubscriptionId id, int quantity) {
    return f.programme.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(ADMIN_AGENT, id, quantity, ""));
  }

  private Either<Refusal, SubscriptionView> cancel(SubscriptionId id) {
    return f.programme.subscriptions().cancelSubscription().cancel(
        new CancelSubscription.Command(ADMIN, id, "customer left"));
  }

  private Either<Refusal, SubscriptionView> suspend(
      dev.vouchers.core.kernel.Actor by, SubscriptionId id) {
    return f.programme.subscriptions().suspendSubscription().suspend(
        new SuspendSubscription.Command(by, id, "unpaid invoice"));
  }

  private Either<Refusal, SubscriptionView> reactivate(
      dev.vouchers.core.kernel.Actor by, SubscriptionId id) {
    return f.programme.subscriptions().reactivateSubscription().reactivate(
        new ReactivateSubscription.Command(by, id, ""));
  }

  // ------------------------------------------------------------------ U-2

  @Test
  void thePublisherActivatesWithItsLinkAndCode_andBillingStartsThen_U2() {
    SubscriptionView bought = f.buy(monthly());
    f.advance(Duration.ofDays(2));
    Instant confirmed = f.clock.instant();
    SubscriptionView active = ok(f.tryActivate(PUBLISHER, bought.id()));
    assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(active.activation()).hasValueSatisfying(a -> {
      assertThat(a.publisherLink()).isEqualTo(LINK);
      assertThat(a.authorisationCode()).isEqualTo("AUTH-7F3K");
      assertThat(a.billingStartedAt()).isEqualTo(confirmed);
      assertThat(a.toString()).doesNotContain("AUTH-7F3K");
    });
    assertThat(active.purchasedAt()).isEqualTo(START);
    assertThat(active.termNumber()).isEqualTo(1);
    assertThat(active.termStartedAt()).contains(confirmed);
    assertThat(active.termEndsAt()).contains(Instant.parse("2025-03-02T09:00:00Z"));
    SubscriptionHistoryEntry entry = f.details(bought.id()).history().get(1);
    assertThat(entry.change()).isEqualTo(SubscriptionChange.ACTIVATED);
    assertThat(entry.by()).isEqualTo(PUBLISHER.describe());
    assertThat(entry.data()).containsEntry("publisherLink", LINK.toString())
        .containsEntry("billingStartedAt", confirmed.toString())
        .doesNotContainValue("AUTH-7F3K");
    assertThat(f.events).last().isEqualTo(new ProgrammeEvent.SubscriptionChanged(bought.id(),
        ACME, SubscriptionChange.ACTIVATED, SubscriptionStatus.PENDING_ACTIVATION,
        SubscriptionStatus.ACTIVE, confirmed));
  }

  @Test
  void vendorStaffMayConfirmAnActivation_partnerUsersMayNot_U2() {
    SubscriptionView bought = f.buy(annual());
    assertThat(refused(f.tryActivate(ADMIN, bought.id())).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(ok(f.tryActivate(SUPPORT, bought.id())).status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void activationNeedsBothConfirmations_andTheRefusalNamesEachMissingOne_U2() {
    SubscriptionView bought = f.buy(annual());
    Refusal refusal = refused(f.programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(ADMIN, bought.id(), LINK, "AUTH", false, false)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.NOT_PERMITTED,
        ReasonCode.ACTIVATION_NOT_CONFIRMED, ReasonCode.ACTIVATION_NOT_CONFIRMED);
    assertThat(f.view(bought.id()).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
  }

  @Test
  void theLinkMustBeAWebLinkAndTheCodePresent_U2() {
    SubscriptionView bought = f.buy(annual());
    Refusal refusal = refused(f.programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(PUBLISHER, bought.id(), URI.create("isv/relative"),
            "  ", true, true)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT);
  }

  @Test
  void onlyAPendingSubscriptionIsActivated_U2() {
    SubscriptionView active = f.active(annual());
    assertThat(refused(f.tryActivate(PUBLISHER, active.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
  }

  @Test
  void aPendingSubscriptionIsNeitherSuspendedNorCancelled_U2() {
    SubscriptionView bought = f.buy(annual());
    assertThat(refused(suspend(ADMIN, bought.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(refused(cancel(bought.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
  }

  @Test
  void suspendedAndReactivatedByThePartnersAdminsOrVendorStaff_U2() {
    SubscriptionView active = f.active(annual());
    assertThat(ok(suspend(ADMIN_AGENT, active.id())).status())
        .isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(refused(suspend(ADMIN, active.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(ok(reactivate(SUPPORT, active.id())).status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(ok(suspend(PM, active.id())).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(ok(reactivate(ADMIN, active.id())).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(refused(reactivate(ADMIN, active.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(refused(suspend(PUBLISHER, active.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
  }

  @Test
  void everyMoveIsInTheAppendOnlyHistory_whoWhenWhyAndData_U2() {
    SubscriptionView sub = f.active(annual());
    f.advance(Duration.ofHours(1));
    ok(suspend(SUPPORT, sub.id()));
    f.advance(Duration.ofHours(1));
    ok(reactivate(ADMIN, sub.id()));
    ok(quantity(sub.id(), 12));
    ok(cancel(sub.id()));
    List<SubscriptionHistoryEntry> history = f.details(sub.id()).history();
    assertThat(history).extracting(SubscriptionHistoryEntry::change).containsExactly(
        SubscriptionChange.PURCHASED, SubscriptionChange.ACTIVATED, SubscriptionChange.SUSPENDED,
        SubscriptionChange.REACTIVATED, SubscriptionChange.QUANTITY_CHANGED,
        SubscriptionChange.CANCELLED);
    assertThat(history).extracting(SubscriptionHistoryEntry::to).containsExactly(
        SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE,
        SubscriptionStatus.SUSPENDED, SubscriptionStatus.ACTIVE, SubscriptionStatus.ACTIVE,
        SubscriptionStatus.CANCELLED);
    assertThat(history.get(2).by()).isEqualTo(SUPPORT.describe());
    assertThat(history.get(2).why()).isEqualTo("unpaid invoice");
    assertThat(history.get(2).at()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(history.get(3).why()).isEqualTo("reactivated");
    assertThat(history.get(4).data()).containsEntry("from", "10").containsEntry("to", "12");
    assertThat(history.get(5).why()).isEqualTo("customer left");
    assertThat(f.stored(sub.id())).isEqualTo(history);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
    }
  }

  // ------------------------------------------------------------------ U-3

  @Test
  void licencesGoUpAtAnyTime_U3() {
    SubscriptionView pending = f.buy(monthly());
    assertThat(ok(quantity(pending.id(), 6)).quantity()).isEqualTo(6);
    SubscriptionView active = f.active(annual().withAutoRenew(false));
    f.advance(Duration.ofDays(200));
    assertThat(ok(quantity(active.id(), 11)).quantity()).isEqualTo(11);
  }

  @Test
  void licencesGoDownOnlyInsideTheWindow_72HoursForAMonthlyTerm_U3() {
    SubscriptionView sub = f.active(monthly());
    f.advance(Duration.ofHours(72).minusSeconds(1));
    assertThat(ok(quantity(sub.id(), 4)).quantity()).isEqualTo(4);
    f.advance(Duration.ofSeconds(1));
    Refusal refusal = refused(quantity(sub.id(), 3));
    assertThat(refusal.codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    assertThat(refusal.reasons().get(0).message()).contains(START.plus(Duration.ofHours(72))
        .toString());
    assertThat(f.view(sub.id()).quantity()).isEqualTo(4);
    assertThat(f.view(sub.id()).cancellationWindowClosesAt()).isEmpty();
  }

  @Test
  void cancelledOnlyInsideTheWindow_sevenDaysForAnAnnualTerm_U3() {
    SubscriptionView early = f.active(annual());
    SubscriptionView late = f.active(annual());
    assertThat(f.view(late.id()).cancellationWindowClosesAt())
        .contains(START.plus(Duration.ofDays(7)));
    f.advance(Duration.ofDays(7).minusMillis(1));
    assertThat(ok(cancel(early.id())).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    f.advance(Duration.ofMillis(1));
    assertThat(refused(cancel(late.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    assertThat(f.view(late.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void theWindowCountsFromThePurchase_notFromTheActivation_U3() {
    SubscriptionView bought = f.buy(monthly());
    f.advance(Duration.ofHours(70));
    ok(f.tryActivate(PUBLISHER, bought.id()));
    f.advance(Duration.ofHours(2));
    assertThat(refused(cancel(bought.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
  }

  @Test
  void aSuspendedSubscriptionMayBeCancelledInsideTheWindow_butKeepsItsLicences_U3() {
    SubscriptionView sub = f.active(annual());
    ok(suspend(ADMIN, sub.id()));
    assertThat(refused(quantity(sub.id(), 12)).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(ok(cancel(sub.id())).status()).isEqualTo(SubscriptionStatus.CANCELLED);
  }

  @Test
  void aRefusalListsEveryReason_U3() {
    SubscriptionView sub = f.active(annual());
    ok(suspend(ADMIN, sub.id()));
    f.advance(Duration.ofDays(30));
    Refusal refusal = refused(f.programme.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(SubscriptionFixture.SALES_AGENT, sub.id(), 0, "")));
    assertThat(refusal.codes()).containsExactly(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED,
        ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE,
        ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    assertThat(f.events).last().isInstanceOfSatisfying(ProgrammeEvent.Refused.class,
        r -> assertThat(r.useCase()).isEqualTo("ChangeSubscriptionQuantity"));
  }

  @Test
  void aFinalSubscriptionChangesNoMore_U3() {
    SubscriptionView sub = f.active(annual());
    ok(cancel(sub.id()));
    assertThat(refused(cancel(sub.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(refused(quantity(sub.id(), 20)).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(refused(reactivate(ADMIN, sub.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    assertThat(f.view(sub.id()).cancellationWindowClosesAt()).isEmpty();
  }

  @Test
  void theSameNumberOfLicencesIsNoChange_U3() {
    SubscriptionView sub = f.active(annual());
    assertThat(refused(quantity(sub.id(), 10)).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.stored(sub.id())).hasSize(2);
  }

  @Test
  void theWindowIsTheOffersAtPurchase_laterOfferChangesDoNotMoveIt_U3() {
    SubscriptionView archive = f.active(dev.vouchers.core.subscription.domain.SubscriptionRequest.of("c",
        "archive", 3, dev.vouchers.core.subscription.domain.SubscriptionTerm.ANNUAL,
        dev.vouchers.core.subscription.domain.BillingFrequency.ANNUAL));
    assertThat(archive.cancellationWindowClosesAt()).contains(START.plus(Duration.ofDays(2)));
    ok(f.programme.subscriptions().defineOffer().define(
        new dev.vouchers.core.subscription.port.in.DefineOffer.Command(PM,
        SubscriptionFixture.ARCHIVE.withAnnualCancellationWindow(Duration.ofDays(30)))));
    f.advance(Duration.ofDays(3));
    assertThat(refused(cancel(archive.id())).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
  }

  @Test
  void aRenewalOpensANewWindowFromTheNewTermsStart_U3_U4() {
    SubscriptionView sub = f.active(monthly()); // term ends 2025-02-28T09:00Z
    f.advance(Duration.ofDays(10));
    assertThat(refused(quantity(sub.id(), 1)).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    f.clock.set(Instant.parse("2025-02-28T09:00:00Z").plus(Duration.ofHours(71)));
    SubscriptionView renewed = f.view(sub.id());
    assertThat(renewed.termNumber()).isEqualTo(2);
    assertThat(renewed.cancellationWindowClosesAt())
        .contains(Instant.parse("2025-03-03T09:00:00Z"));
    assertThat(ok(quantity(sub.id(), 1)).quantity()).isEqualTo(1);
    assertThat(ok(cancel(sub.id())).status()).isEqualTo(SubscriptionStatus.CANCELLED);
  }
}
