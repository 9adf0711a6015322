// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A programme with subscription storage over the in-memory adapter: partners Acme (with the
 * subscriptions feature, users of every role), Bolt (another partner) and Vouchy (vouchers
 * only), and two offers defined by the partner manager. Time moves only through
 * {@link #clock}.
 */
final class SubscriptionFixture {
  static final Instant START = Instant.parse("2025-01-31T09:00:00Z");
  static final URI LINK = URI.create("https://isv.example/landing?token=abc");

  static final PartnerId ACME = new PartnerId("acme");
  static final PartnerId BOLT = new PartnerId("bolt");
  static final PartnerId VOUCHY = new PartnerId("vouchy");

  static final Actor.VendorStaff PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  static final Actor.VendorStaff SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  static final Actor.PartnerUser ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  static final Actor.PartnerUser ADMIN_AGENT =
      new Actor.PartnerUser(new UserId("adam"), ACME, PartnerRole.ADMIN_AGENT);
  static final Actor.PartnerUser SALES_AGENT =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
  static final Actor.PartnerUser BOB =
      new Actor.PartnerUser(new UserId("bob"), BOLT, PartnerRole.ADMIN);
  static final Actor.PartnerUser VERA =
      new Actor.PartnerUser(new UserId("vera"), VOUCHY, PartnerRole.ADMIN);
  static final Actor.Service PUBLISHER = new Actor.Service("isv-fulfilment");
  static final Actor.Service SWEEPER = new Actor.Service("sweeper");
  static final Actor.CodeHolder CUSTOMER = new Actor.CodeHolder("someone");

  /** Monthly and annual terms, billed monthly or annually; default windows. */
  static final Offer CRM = Offer.builder().id(OfferId.of("crm")).name("CRM Suite")
      .publisher("Contoso ISV").addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
      .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL).build();
  /** Annual only, billed annually; a 2-day window; at most 50 licences. */
  static final Offer ARCHIVE = Offer.builder().id(OfferId.of("archive")).name("Mail Archive")
      .publisher("Archivo AG").addTerms(SubscriptionTerm.ANNUAL)
      .addBillingFrequencies(BillingFrequency.ANNUAL).annualCancellationWindow(Duration.ofDays(2))
      .maxQuantity(50).build();

  final MutableClock clock = new MutableClock(START);
  final InMemoryStore store = new InMemoryStore();
  final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  final VoucherProgramme programme;

  SubscriptionFixture() {
    this(store -> store);
  }

  SubscriptionFixture(Function<Subscriptions, Subscriptions> subscriptions) {
    programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .subscriptions(subscriptions.apply(store.subscriptions())).offers(store.offers())
        .codeVault(CodeVault.withRandomKeys())
        .events(events::add)
        .build();
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, new Partner(
        ACME,
        "Acme Reseller", Tier.GOLD, Set.of(Feature.SUBSCRIPTIONS), Locale.GERMAN))));
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, new Partner(
        BOLT,
        "Bolt Trading", Tier.ENTRY, Set.of(Feature.SUBSCRIPTIONS, Feature.VOUCHERS),
        Locale.ENGLISH))));
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(VOUCHY, "Vouchy", Tier.ENTRY))));
    ok(programme.subscriptions().defineOffer().define(new DefineOffer.Command(PM, CRM)));
    ok(programme.subscriptions().defineOffer().define(new DefineOffer.Command(PM, ARCHIVE)));
    events.clear();
  }

  /** Five monthly licences of the CRM suite for customer {@code cust-1}, auto-renew on. */
  static SubscriptionRequest monthly() {
    return SubscriptionRequest.of("cust-1", "crm", 5, SubscriptionTerm.MONTHLY,
        BillingFrequency.MONTHLY);
  }

  /** Ten annual licences of the CRM suite billed annually for {@code cust-1}, auto-renew on. */
  static SubscriptionRequest annual() {
    return SubscriptionRequest.of("cust-1", "crm", 10, SubscriptionTerm.ANNUAL,
        BillingFrequency.ANNUAL);
  }

  Either<Refusal, SubscriptionView> tryBuy(Actor by, PartnerId partner,
      SubscriptionRequest request) {
    return programme.subscriptions().buySubscription().buy(new BuySubscription.Command(by, partner,
        request));
  }

  /** Acme's admin agent buys. */
  SubscriptionView buy(SubscriptionRequest request) {
    return ok(tryBuy(ADMIN_AGENT, ACME, request));
  }

  Either<Refusal, SubscriptionView> tryActivate(Actor by, SubscriptionId id) {
    return programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(by, id,
        LINK, "AUTH-7F3K", true, true));
  }

  /** Bought by Acme's admin agent and activated by the publisher at once. */
  SubscriptionView active(SubscriptionRequest request) {
    SubscriptionView bought = buy(request);
    return ok(tryActivate(PUBLISHER, bought.id()));
  }

  SubscriptionDetails details(SubscriptionId id) {
    return ok(programme.subscriptions().getSubscription().get(new GetSubscription.Command(ADMIN,
        id)));
  }

  SubscriptionView view(SubscriptionId id) {
    return details(id).subscription();
  }

  /** The history as stored (not the pending term ends a read adds). */
  List<SubscriptionHistoryEntry> stored(SubscriptionId id) {
    return store.subscriptions().history(id);
  }

  RenewOrExpireSubscriptions.Swept sweep() {
    return ok(programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(SWEEPER, 1_000)));
  }

  void advance(Duration by) {
    clock.advance(by);
  }

  static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("expected success but got %s",
        result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  static Refusal refused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s",
        result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }
}
