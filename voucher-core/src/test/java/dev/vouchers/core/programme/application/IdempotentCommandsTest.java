// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryIdempotencyKeys;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * G-3 on the commands besides the order and the activation link (those are in the testkit's
 * {@code IdempotencyKeysContract}, on every adapter): an invitation, a subscription purchase and
 * a reseller application under an idempotency key are done once; the same key with the same
 * request answers with the first result, with another request it is refused; the refusals are
 * published like every refusal and read in English and German.
 */
class IdempotentCommandsTest {
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor PM = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final IdempotencyKey KEY = IdempotencyKey.of("7c9e6679-7425-40de-944b");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-31T09:00:00Z"));
  private final InMemoryStore store = new InMemoryStore();
  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private final VoucherProgramme programme = VoucherProgramme.builder()
      .settings(ProgrammeSettings.builder()
          .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
      .clock(clock)
      .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
      .invitations(store.invitations()).subAccounts(store.subAccounts())
      .resellerApplications(store.resellerApplications()).customerLinks(store.customerLinks())
      .subscriptions(store.subscriptions()).offers(store.offers())
      .codeVault(CodeVault.withRandomKeys())
      .idempotencyKeys(new InMemoryIdempotencyKeys())
      .events(events::add)
      .build();

  IdempotentCommandsTest() {
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, new Partner(
        ACME,
        "Acme", Tier.GOLD, Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS,
        Feature.SUBSCRIPTIONS), Locale.GERMAN))));
    ok(programme.subscriptions().defineOffer().define(new DefineOffer.Command(PM, Offer.builder()
        .id(OfferId.of("crm")).name("CRM Suite").publisher("Contoso ISV")
        .addTerms(SubscriptionTerm.MONTHLY).addBillingFrequencies(BillingFrequency.MONTHLY)
        .build())));
    events.clear();
  }

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  private static void refusedAsReused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("%s", result).isTrue();
    assertThat(result.getLeft().codes()).containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
  }

  private InviteSubAccount.Command invite(String recipient) {
    return new InviteSubAccount.Command(ADMIN, ACME, recipient, SubAccountType.STANDARD,
        "Welcome").withIdempotencyKey(KEY);
  }

  private long invitations() {
    return ok(programme.subAccounts().listInvitations().list(new ListInvitations.Command(ADMIN,
        ACME,
        Set.of(), PageRequest.first(50)))).items().size();
  }

  @Test
  void anInvitationIsSentOncePerKey_G3() {
    InvitationView first = ok(programme.subAccounts().inviteSubAccount().invite(invite(
        "new@example.com")));
    clock.advance(Duration.ofMinutes(5));
    InvitationView again = ok(programme.subAccounts().inviteSubAccount().invite(invite(
        "new@example.com")));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(invitations()).isEqualTo(1);
    assertThat(store.invitationOutbox().backlog()).as("one e-mail").isEqualTo(1);
    refusedAsReused(programme.subAccounts().inviteSubAccount().invite(invite("other@example.com")));
    assertThat(invitations()).isEqualTo(1);
  }

  @Test
  void aSubscriptionIsBoughtOncePerKey_G3() {
    BuySubscription.Command buy = new BuySubscription.Command(ADMIN, ACME,
        SubscriptionRequest.of("cust-1", "crm", 5, SubscriptionTerm.MONTHLY,
            BillingFrequency.MONTHLY)).withIdempotencyKey(KEY);
    SubscriptionView first = ok(programme.subscriptions().buySubscription().buy(buy));
    SubscriptionView again = ok(programme.subscriptions().buySubscription().buy(buy));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(events).filteredOn(ProgrammeEvent.SubscriptionChanged.class::isInstance)
        .hasSize(1);
    refusedAsReused(programme.subscriptions().buySubscription().buy(new BuySubscription.Command(
        ADMIN, ACME,
        SubscriptionRequest.of("cust-1", "crm", 6, SubscriptionTerm.MONTHLY,
            BillingFrequency.MONTHLY)).withIdempotencyKey(KEY)));
    assertThat(events).filteredOn(ProgrammeEvent.SubscriptionChanged.class::isInstance)
        .hasSize(1);
  }

  @Test
  void aResellerApplicationIsSubmittedOncePerKey_G3() {
    ApplyAsReseller.Command apply =
        new ApplyAsReseller.Command(ADMIN, ACME).withIdempotencyKey(KEY);
    ResellerApplication first = ok(programme.resellers().applyAsReseller().apply(apply));
    ResellerApplication again = ok(programme.resellers().applyAsReseller().apply(apply));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.status()).isEqualTo(first.status());
    // without the key, a second application is refused by R-1 itself (one open application)
    assertThat(programme.resellers().applyAsReseller().apply(new ApplyAsReseller.Command(ADMIN,
        ACME))
        .isLeft()).isTrue();
  }

  @Test
  void aRefusedKeyIsPublishedAndReadsInEnglishAndGerman_G3() {
    ok(programme.subAccounts().inviteSubAccount().invite(invite("new@example.com")));
    events.clear();

    Either<Refusal, InvitationView> reused =
        programme.subAccounts().inviteSubAccount().invite(invite("other@example.com"));

    assertThat(events).singleElement().isInstanceOfSatisfying(ProgrammeEvent.Refused.class,
        refused -> assertThat(refused.refusal().codes())
            .containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED));
    assertThat(reused.getLeft().render(Locale.ENGLISH))
        .contains("already used for a different request");
    assertThat(reused.getLeft().render(Locale.GERMAN))
        .contains("bereits für eine andere Anfrage");
  }
}
