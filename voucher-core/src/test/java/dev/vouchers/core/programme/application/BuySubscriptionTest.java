// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ACME;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.BOB;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PM;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SALES_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.START;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SUPPORT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.VERA;
import static dev.vouchers.core.programme.application.SubscriptionFixture.VOUCHY;
import static dev.vouchers.core.programme.application.SubscriptionFixture.annual;
import static dev.vouchers.core.programme.application.SubscriptionFixture.monthly;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ok;
import static dev.vouchers.core.programme.application.SubscriptionFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** U-1: buying a subscription for a customer; offers; every invalid field at once. */
class BuySubscriptionTest {
  private final SubscriptionFixture f = new SubscriptionFixture();

  @Test
  void everyRoleOfThePartnerBuysForACustomer_pendingUntilThePublisherConfirms_U1() {
    for (Actor.PartnerUser user : List.of(ADMIN, ADMIN_AGENT, SALES_AGENT)) {
      SubscriptionView bought = ok(f.tryBuy(user, ACME, monthly()));
      assertThat(bought.status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
      assertThat(bought.partner()).isEqualTo(ACME);
      assertThat(bought.customer()).isEqualTo(CustomerId.of("cust-1"));
      assertThat(bought.offerName()).isEqualTo("CRM Suite");
      assertThat(bought.publisher()).isEqualTo("Contoso ISV");
      assertThat(bought.quantity()).isEqualTo(5);
      assertThat(bought.purchasedAt()).isEqualTo(START);
      assertThat(bought.activation()).isEmpty();
      assertThat(bought.termNumber()).isZero();
      assertThat(bought.termEndsAt()).isEmpty();
    }
  }

  @Test
  void autoRenewIsOnUnlessSwitchedOff_U1() {
    assertThat(f.buy(monthly()).autoRenew()).isTrue();
    assertThat(f.buy(monthly().withAutoRenew(false)).autoRenew()).isFalse();
  }

  @Test
  void keepsTheNicknameAndTheIndirectReseller_U1() {
    SubscriptionView bought = f.buy(annual().withNickname("  Sales floor ")
        .withIndirectReseller("reseller-9"));
    assertThat(bought.nickname()).contains("Sales floor");
    assertThat(bought.indirectReseller()).contains(new PartnerId("reseller-9"));
    SubscriptionView plain = f.buy(annual().withNickname(" ").withIndirectReseller(""));
    assertThat(plain.nickname()).isEmpty();
    assertThat(plain.indirectReseller()).isEmpty();
  }

  @Test
  void theCancellationWindowOpensAtThePurchase_U1_U3() {
    SubscriptionView monthly = f.buy(monthly());
    assertThat(monthly.cancellationWindowClosesAt()).contains(START.plus(Duration.ofHours(72)));
    SubscriptionView annual = f.buy(annual());
    assertThat(annual.cancellationWindowClosesAt()).contains(START.plus(Duration.ofDays(7)));
  }

  @Test
  void thePurchaseIsTheFirstHistoryEntry_U1_U2() {
    SubscriptionView bought = ok(f.tryBuy(SALES_AGENT, ACME, annual().withNickname("Team")));
    List<SubscriptionHistoryEntry> history = f.details(bought.id()).history();
    assertThat(history).hasSize(1);
    SubscriptionHistoryEntry entry = history.get(0);
    assertThat(entry.change()).isEqualTo(SubscriptionChange.PURCHASED);
    assertThat(entry.from()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    assertThat(entry.to()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    assertThat(entry.at()).isEqualTo(START);
    assertThat(entry.by()).isEqualTo(SALES_AGENT.describe());
    assertThat(entry.data()).containsEntry("quantity", "10").containsEntry("term", "ANNUAL")
        .containsEntry("billingFrequency", "ANNUAL").containsEntry("autoRenew", "true")
        .containsEntry("nickname", "Team").containsEntry("customer", "cust-1");
    assertThat(f.events).containsExactly(new ProgrammeEvent.SubscriptionChanged(bought.id(),
        ACME, SubscriptionChange.PURCHASED, SubscriptionStatus.PENDING_ACTIVATION,
        SubscriptionStatus.PENDING_ACTIVATION, START));
  }

  @Test
  void anAnnualTermIsBilledMonthlyOrAnnually_aMonthlyTermOnlyMonthly_U1() {
    assertThat(f.buy(annual()).billingFrequency()).isEqualTo(BillingFrequency.ANNUAL);
    assertThat(f.buy(SubscriptionRequest.of("cust-1", "crm", 1, SubscriptionTerm.ANNUAL,
        BillingFrequency.MONTHLY)).billingFrequency()).isEqualTo(BillingFrequency.MONTHLY);
    Refusal refusal = refused(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("cust-1", "crm", 1,
        SubscriptionTerm.MONTHLY, BillingFrequency.ANNUAL)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
  }

  @Test
  void theTermAndTheBillingFrequencyMustBeOfferedByTheOffer_U1() {
    Refusal refusal = refused(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("cust-1", "archive",
        1, SubscriptionTerm.MONTHLY, BillingFrequency.MONTHLY)));
    assertThat(refusal.codes()).containsExactlyInAnyOrder(ReasonCode.TERM_NOT_OFFERED,
        ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    Refusal billed = refused(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("cust-1", "archive",
        1, SubscriptionTerm.ANNUAL, BillingFrequency.MONTHLY)));
    assertThat(billed.codes()).containsExactly(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce_U1() {
    SubscriptionRequest request = new SubscriptionRequest(" ", "archive", 0,
        SubscriptionTerm.MONTHLY, BillingFrequency.MONTHLY, true, Optional.of("x".repeat(101)),
        Optional.of("r".repeat(65)));
    Refusal refusal = refused(f.tryBuy(ADMIN, ACME, request));
    assertThat(refusal.codes()).containsExactlyInAnyOrder(ReasonCode.INVALID_INPUT,
        ReasonCode.TERM_NOT_OFFERED, ReasonCode.BILLING_FREQUENCY_NOT_OFFERED,
        ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE, ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
    assertThat(f.store.subscriptions().subscriptions(SubscriptionFilter.all(ACME, START), PageRequest.first(10))
        .total().count()).isZero();
  }

  @Test
  void anUnknownOfferIsNamed_withTheOtherProblems_U1() {
    Refusal refusal = refused(f.tryBuy(ADMIN, ACME,
        SubscriptionRequest.of("", "no-such-offer", -1, SubscriptionTerm.ANNUAL,
            BillingFrequency.ANNUAL)));
    assertThat(refusal.codes()).containsExactlyInAnyOrder(ReasonCode.INVALID_INPUT,
        ReasonCode.OFFER_UNKNOWN, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
  }

  @Test
  void theLicencesAreOneToTheOffersMaximum_U1() {
    assertThat(ok(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("c", "archive", 50,
        SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL))).quantity()).isEqualTo(50);
    assertThat(refused(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("c", "archive", 51,
        SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL))).codes())
        .containsExactly(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
    assertThat(refused(f.tryBuy(ADMIN, ACME, SubscriptionRequest.of("c", "crm", 10_001,
        SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL))).codes())
        .containsExactly(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
  }

  @Test
  void aPartnerWithoutTheSubscriptionsFeatureIsRefused_withEveryOtherReason_U1() {
    Refusal refusal = refused(f.tryBuy(VERA, VOUCHY, SubscriptionRequest.of("c", "crm", 0,
        SubscriptionTerm.MONTHLY, BillingFrequency.MONTHLY)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.SUBSCRIPTIONS_DISABLED,
        ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
  }

  @Test
  void vendorStaffDoNotBuy_andAnotherPartnersUserFindsNoSuchPartner_U1_A1() {
    assertThat(refused(f.tryBuy(SUPPORT, ACME, monthly())).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    Refusal foreign = refused(f.tryBuy(BOB, ACME, monthly()));
    Refusal missing = refused(f.tryBuy(ADMIN, new PartnerId("nowhere"), monthly()));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void offersAreDefinedByThePartnerManagerAndListedById_U1() {
    assertThat(ok(f.programme.subscriptions().listOffers().list(new ListOffers.Command(
        SALES_AGENT))))
        .extracting(Offer::id).containsExactly(OfferId.of("archive"), OfferId.of("crm"));
    assertThat(refused(f.programme.subscriptions().defineOffer().define(new DefineOffer.Command(
        ADMIN,
        SubscriptionFixture.CRM))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(f.programme.subscriptions().defineOffer().define(new DefineOffer.Command(
        SUPPORT,
        SubscriptionFixture.CRM))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(f.programme.subscriptions().listOffers().list(new ListOffers.Command(
        SubscriptionFixture.CUSTOMER))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    ok(f.programme.subscriptions().defineOffer().define(new DefineOffer.Command(PM,
        SubscriptionFixture.CRM.withName("CRM Suite Pro"))));
    assertThat(f.store.offers().offer(OfferId.of("crm")).orElseThrow().name()).isEqualTo("CRM Suite Pro");
  }

  @Test
  void aProgrammeWithoutSubscriptionStorageSaysWhatIsMissing_U1() {
    InMemoryStore store = new InMemoryStore();
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(new MutableClock(START)).vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog())
        .mandates(store.mandates()).codeVault(CodeVault.withRandomKeys()).build();
    store.partners().save(new Partner(ACME, "Acme", Tier.GOLD, Set.of(Feature.SUBSCRIPTIONS),
        Locale.ENGLISH));
    assertThatThrownBy(() -> programme.subscriptions().buySubscription().buy(
        new BuySubscription.Command(
        ADMIN, ACME, monthly()))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(".subscriptions(");
    // the sweep finds nothing to do, so a scheduler running every sweep stays quiet
    assertThat(programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(SubscriptionFixture.SWEEPER, 10)).get())
        .isEqualTo(new RenewOrExpireSubscriptions.Swept(0, 0, 0));
  }
}
