// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.NOWHERE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PRICES;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_PRODUCT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** T-5 tiers, partner and catalog administration, and the programme's wiring. */
class AdministrationTest {
  private static final CodeVault VAULT = CodeVault.withRandomKeys();

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, TierChange> setTier(Actor by, PartnerId partner, Tier tier) {
    return f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(by, partner,
        tier));
  }

  // ------------------------------------------------------------------ T-5

  @Test
  void partnerManagerChangesTheTierAndTheChangeIsRecorded_T5() {
    f.advance(Duration.ofDays(2));
    TierChange change = ok(setTier(PM, ACME, Tier.GOLD));
    assertThat(change).isEqualTo(new TierChange(ACME, Tier.ENTRY, Tier.GOLD, PM.describe(),
        START.plus(Duration.ofDays(2))));
    f.advance(Duration.ofDays(1));
    ok(setTier(PM, ACME, Tier.of("platinum")));

    assertThat(f.store.partners().tierHistory(ACME)).extracting(TierChange::from, TierChange::to)
        .containsExactly(tuple(Tier.ENTRY, Tier.GOLD),
            tuple(Tier.GOLD, Tier.PLATINUM));
    assertThat(f.store.partners().tierHistory(ACME).get(0)).isEqualTo(change);
    assertThat(f.store.partners().partner(ACME).orElseThrow().tier()).isEqualTo(Tier.PLATINUM);
  }

  @Test
  void supportAndPartnerUsersMayNotChangeTiers_T5() {
    Refusal bySupport = refused(setTier(SUPPORT, ACME, Tier.GOLD));
    assertThat(bySupport).isEqualTo(Refusal.of(ReasonCode.NOT_PERMITTED, "only a partner manager changes tiers"));
    assertThat(refused(setTier(ALICE, ACME, Tier.GOLD))).isEqualTo(bySupport);
    assertThat(refused(setTier(BOB, ACME, Tier.GOLD))).isEqualTo(refused(setTier(BOB, NOWHERE, Tier.GOLD)))
        .isEqualTo(Refusal.notFound("partner"));
    assertThat(f.store.partners().tierHistory(ACME)).isEmpty();
    assertThat(f.store.partners().partner(ACME).orElseThrow().tier()).isEqualTo(Tier.ENTRY);
  }

  @Test
  void unknownTierIsRefusedWithEveryReason_T1_T5() {
    assertThat(refused(setTier(PM, ACME, Tier.of("DIAMOND")))).isEqualTo(Refusal.of(
        ReasonCode.UNKNOWN_TIER, "tier DIAMOND is not one of [ENTRY, SILVER, GOLD, PLATINUM]"));
    assertThat(refused(setTier(SUPPORT, ACME, Tier.of("DIAMOND"))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.UNKNOWN_TIER);
    assertThat(refused(setTier(PM, NOWHERE, Tier.GOLD))).isEqualTo(Refusal.notFound("partner"));
    assertThat(f.store.partners().tierHistory(ACME)).isEmpty();
  }

  @Test
  void configuredTierLadderDecidesWhichTiersExist_T1() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withTiers(
        new TierLadder(List.of(Tier.ENTRY, Tier.of("PARTNER")))));
    assertThat(ok(g.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.of("PARTNER"))))
        .to()).isEqualTo(Tier.of("PARTNER"));
    assertThat(refused(g.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM,
        ACME, Tier.GOLD)))
        .codes()).containsExactly(ReasonCode.UNKNOWN_TIER);
  }

  /** Partners whose conditional tier change loses a given number of times. */
  private static final class LosingPartners implements Partners {
    private final InMemoryStore store;
    final AtomicInteger losses = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    LosingPartners(InMemoryStore store) {
      this.store = store;
    }

    @Override
    public Optional<Partner> partner(PartnerId id) {
      return store.partners().partner(id);
    }

    @Override
    public void save(Partner partner) {
      store.partners().save(partner);
    }

    @Override
    public boolean changeTier(TierChange change) {
      calls.incrementAndGet();
      return losses.getAndUpdate(n -> Math.max(0, n - 1)) == 0 && store.partners().changeTier(change);
    }

    @Override
    public List<TierChange> tierHistory(PartnerId id) {
      return store.partners().tierHistory(id);
    }
  }

  private static VoucherProgramme over(InMemoryStore store, Partners partners, int retries) {
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).conflictRetries(retries).build())
        .clock(new MutableClock(START)).vouchers(store.vouchers()).partners(partners).catalog(store.catalog())
        .mandates(store.mandates()).codeVault(VAULT).build();
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(ACME, "Acme Reseller", Tier.ENTRY))));
    return programme;
  }

  @Test
  void lostTierChangeIsRetriedOnTheFreshTier_T5_V7() {
    InMemoryStore store = new InMemoryStore();
    LosingPartners partners = new LosingPartners(store);
    VoucherProgramme programme = over(store, partners, 3);
    partners.losses.set(2);

    ok(programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.SILVER)));

    assertThat(partners.calls).hasValue(3);
    assertThat(store.partners().tierHistory(ACME)).hasSize(1);
  }

  @Test
  void tierChangeThatKeepsLosingIsRefusedAsConcurrentUpdate_T5_V7() {
    InMemoryStore store = new InMemoryStore();
    LosingPartners partners = new LosingPartners(store);
    VoucherProgramme programme = over(store, partners, 3);
    partners.losses.set(3);

    Refusal refusal = refused(programme.partners().setPartnerTier().set(new SetPartnerTier.Command(
        PM, ACME, Tier.SILVER)));

    assertThat(refusal).isEqualTo(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the partner's tier kept changing; try again"));
    assertThat(partners.calls).hasValue(3);
    assertThat(store.partners().tierHistory(ACME)).isEmpty();
    assertThat(store.partners().partner(ACME).orElseThrow().tier()).isEqualTo(Tier.ENTRY);
  }

  // ------------------------------------------------------------------ partners, catalog

  @Test
  void reRegisteringAPartnerUpdatesItsDetailsButNeverItsTier_T5() {
    Partner registered = ok(f.programme.partners().registerPartner().register(
        new RegisterPartner.Command(PM,
        new Partner(ACME, "Acme Renamed", Tier.PLATINUM, Set.of(), Locale.FRENCH))));
    assertThat(registered).isEqualTo(new Partner(ACME, "Acme Renamed", Tier.ENTRY, Set.of(), Locale.FRENCH));
    assertThat(f.store.partners().partner(ACME)).contains(registered);
    assertThat(f.store.partners().tierHistory(ACME)).isEmpty();
  }

  @Test
  void newPartnerNeedsATierOfTheLadderAndAPartnerManager_T1() {
    PartnerId id = new PartnerId("newbie");
    assertThat(refused(f.programme.partners().registerPartner().register(
        new RegisterPartner.Command(PM,
        Partner.withVouchers(id, "Newbie", Tier.of("DIAMOND")))))).isEqualTo(Refusal.of(
        ReasonCode.UNKNOWN_TIER, "tier DIAMOND is not one of [ENTRY, SILVER, GOLD, PLATINUM]"));
    assertThat(refused(f.programme.partners().registerPartner().register(
        new RegisterPartner.Command(SUPPORT,
        Partner.withVouchers(id, "Newbie", Tier.SILVER))))).isEqualTo(Refusal.of(
        ReasonCode.NOT_PERMITTED, "partners are registered by a partner manager"));
    assertThat(f.store.partners().partner(id)).isEmpty();
    assertThat(ok(f.programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(id, "Newbie", Tier.SILVER)))).tier()).isEqualTo(Tier.SILVER);
    assertThat(f.store.partners().partner(id).orElseThrow().has(Feature.VOUCHERS)).isTrue();
  }

  @Test
  void onlyAPartnerManagerDefinesProductsAndPublishesPrices_P1_T2() {
    Product renamed = SMIME_PRODUCT.withName("Renamed");
    assertThat(refused(f.programme.catalog().defineProduct().define(new DefineProduct.Command(
        SUPPORT, renamed))))
        .isEqualTo(Refusal.of(ReasonCode.NOT_PERMITTED, "products are defined by a partner manager"));
    assertThat(refused(f.programme.catalog().defineProduct().define(new DefineProduct.Command(ALICE,
        renamed))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(f.store.catalog().product(SMIME_PRODUCT.id())).contains(SMIME_PRODUCT);
    assertThat(ok(f.programme.catalog().defineProduct().define(new DefineProduct.Command(PM,
        renamed)))).isEqualTo(renamed);
    assertThat(f.store.catalog().product(SMIME_PRODUCT.id())).contains(renamed);

    var book = PriceBook.builder("EUR").build();
    assertThat(refused(f.programme.catalog().publishPriceBook().publish(
        new PublishPriceBook.Command(SUPPORT, book))))
        .isEqualTo(Refusal.of(ReasonCode.NOT_PERMITTED, "prices are published by a partner manager"));
    assertThat(f.store.catalog().priceBook()).contains(PRICES);
    assertThat(ok(f.programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(PM,
        book)))).isEqualTo(book);
    assertThat(f.store.catalog().priceBook()).contains(book);
  }

  // ------------------------------------------------------------------ wiring

  @Test
  void builderNamesEveryMissingPart() {
    assertThatThrownBy(() -> VoucherProgramme.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("VoucherProgramme needs: settings clock vouchers partners catalog mandates codeVault");
  }

  @Test
  void builderNamesEachMissingPartAlone() {
    InMemoryStore store = new InMemoryStore();
    ProgrammeSettings settings = ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).build();
    MutableClock clock = new MutableClock(START);
    assertThatThrownBy(() -> VoucherProgramme.builder().clock(clock).vouchers(store.vouchers())
        .partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: settings");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).vouchers(store.vouchers())
        .partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: clock");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).clock(clock)
        .partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: vouchers");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).clock(clock)
        .vouchers(store.vouchers()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: partners");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).mandates(store.mandates()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: catalog");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).codeVault(VAULT).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: mandates");
    assertThatThrownBy(() -> VoucherProgramme.builder().settings(settings).clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("VoucherProgramme needs: codeVault");

    VoucherProgramme programme = VoucherProgramme.builder().settings(settings).clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build();
    assertThat(programme.settings()).isSameAs(settings);
    assertThat(programme.clock()).isSameAs(clock);
  }

  @Test
  void withoutAProbeNoDomainCanBeProven_D1() {
    InMemoryStore store = new InMemoryStore();
    MutableClock clock = new MutableClock(START);
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).build()).clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates()).codeVault(VAULT).build();
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(ACME, "Acme", Tier.ENTRY))));
    ok(programme.catalog().defineProduct().define(new DefineProduct.Command(PM,
        ProgrammeFixture.SSL_DV_PRODUCT)));
    ok(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(PM, PRICES)));
    var order = ok(programme.ordering().orderVouchers().order(new OrderVouchers.Command(
        ALICE, ACME, ProgrammeFixture.request(ProgrammeFixture.line(ProgrammeFixture.SSL_DV_1Y, 1)))));
    var voucher = order.voucher(0);
    var ref = VoucherRef.id(voucher);
    ok(programme.vouchers().issueDomainChallenge().issue(
        new IssueDomainChallenge.Command(ALICE, ref, "example.com")));
    assertThat(refused(programme.vouchers().verifyDomainControl().verify(
        new VerifyDomainControl.Command(ALICE, ref))).codes())
        .containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
  }
}
