// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOLT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CHF_50;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CHF_90;
import static dev.vouchers.core.programme.application.ProgrammeFixture.NOWHERE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.PriceList;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderQuote;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerDetails;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import org.junit.jupiter.api.Test;

/** O-3, T-2, T-5, A-1: what a partner sees before it orders: its prices and a quote. */
class PricingViewsTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private PriceList prices(dev.vouchers.core.kernel.Actor who,
      dev.vouchers.core.kernel.PartnerId partner) {
    return ok(f.programme.catalog().showPriceList().show(new ShowPriceList.Command(who, partner)));
  }

  @Test
  void priceListShowsEveryOfferedConfigurationAtThePartnersTier_T2() {
    PriceList entry = prices(ALICE, ACME);
    assertThat(entry.tier()).isEqualTo(Tier.ENTRY);
    assertThat(entry.partnerName()).isEqualTo("Acme Reseller");
    assertThat(entry.entries()).extracting(PriceList.Entry::configuration,
            e -> e.price().unitPrice(), e -> e.price().source())
        .containsExactly(
            tuple(ORG_CERT_1Y, Money.of("300.00", "CHF"), PriceSource.LIST_PRICE),
            tuple(SMIME_1Y, CHF_50, PriceSource.LIST_PRICE),
            tuple(SMIME_2Y, CHF_90, PriceSource.LIST_PRICE),
            tuple(SSL_DV_1Y, Money.of("80.00", "CHF"), PriceSource.LIST_PRICE));
    assertThat(entry.entries().get(1).productName()).isEqualTo("S/MIME Basic");
  }

  @Test
  void explicitTierPriceWinsOverTierDiscountWinsOverListPrice_T2() {
    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.GOLD)));
    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, BOLT,
        Tier.SILVER)));

    assertThat(prices(ALICE, ACME).entries())
        .filteredOn(e -> e.configuration().equals(SMIME_1Y))
        .extracting(e -> e.price().unitPrice(), e -> e.price().listPrice())
        .containsExactly(tuple(Money.of("40.00", "CHF"), CHF_50));
    assertThat(prices(BOB, BOLT).entries())
        .filteredOn(e -> e.configuration().equals(SMIME_2Y))
        .extracting(e -> e.price().unitPrice())
        .containsExactly(Money.of("81.00", "CHF"));
  }

  @Test
  void anotherPartnersPricesAnswerLikeAMissingPartner_A1() {
    Refusal foreign = refused(f.programme.catalog().showPriceList()
        .show(new ShowPriceList.Command(BOB, ACME)));
    Refusal missing = refused(f.programme.catalog().showPriceList()
        .show(new ShowPriceList.Command(BOB, NOWHERE)));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(prices(SUPPORT, ACME).entries()).isNotEmpty();
  }

  @Test
  void quoteGivesUnitPricesLineTotalsAndTotalAndStoresNothing_O3() {
    OrderQuote quote = ok(f.programme.ordering().quoteOrder().quote(new QuoteOrder.Command(ALICE,
        ACME,
        request(line(SMIME_1Y, 3), line(SMIME_2Y, 2)))));

    assertThat(quote.lines()).extracting(l -> l.number(), l -> l.unitPrice(), l -> l.lineTotal())
        .containsExactly(tuple(1, CHF_50, Money.of("150.00", "CHF")),
            tuple(2, CHF_90, Money.of("180.00", "CHF")));
    assertThat(quote.total()).isEqualTo(Money.of("330.00", "CHF"));
    assertThat(ok(f.programme.ordering().listOrders().list(new ListOrders.Command(ALICE,
        OrderFilter.all(ACME), PageRequest.first(10)))).total().count()).isZero();
  }

  @Test
  void quoteRefusesWithEveryReasonAnOrderWouldGet_O2_P1() {
    Refusal refusal = refused(f.programme.ordering().quoteOrder().quote(new QuoteOrder.Command(
        ALICE, ACME,
        request(line(SMIME_1Y, 0), line(ProductConfiguration.of(SMIME_1Y.product(), 7, 0, 0), 1)))));
    assertThat(refusal.codes()).contains(ReasonCode.QUANTITY_OUT_OF_RANGE);

    Refusal notOffered = refused(f.programme.ordering().quoteOrder().quote(new QuoteOrder.Command(
        ALICE,
        ACME, request(line(ProductConfiguration.of(SMIME_1Y.product(), 7, 0, 0), 1)))));
    assertThat(notOffered.codes()).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(refused(f.programme.ordering().quoteOrder().quote(new QuoteOrder.Command(BOB, ACME,
        request(line(SMIME_1Y, 1))))).codes()).containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void partnerDetailsCarryTheTierHistoryForOwnUsersAndStaffOnly_T5() {
    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.SILVER)));
    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.GOLD)));

    PartnerDetails details = ok(f.programme.partners().getPartner().get(new GetPartner.Command(
        ALICE, ACME)));
    assertThat(details.partner().tier()).isEqualTo(Tier.GOLD);
    assertThat(details.tierChanges()).extracting(c -> c.from(), c -> c.to())
        .containsExactly(tuple(Tier.ENTRY, Tier.SILVER), tuple(Tier.SILVER, Tier.GOLD));
    assertThat(ok(f.programme.partners().getPartner().get(new GetPartner.Command(SUPPORT, ACME)))
        .partner().id()).isEqualTo(ACME);
    assertThat(refused(f.programme.partners().getPartner().get(new GetPartner.Command(BOB, ACME))))
        .isEqualTo(refused(f.programme.partners().getPartner().get(new GetPartner.Command(BOB,
            NOWHERE))));
  }
}
