// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.MANAGER;
import static dev.vouchers.core.fixtures.DomainFixtures.ORG;
import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.fixtures.DomainFixtures;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderPlacementTest {
  private static final ProductConfiguration ONE_YEAR = ProductConfiguration.of(SSL, 1, 1, 0);
  private static final ProductConfiguration TWO_YEARS = ProductConfiguration.of(SSL, 2, 1, 0);
  private static final Product SSL_DV = DomainFixtures.plainProduct();
  private static final Function<ProductId, Optional<Product>> CATALOGUE =
      id -> Optional.ofNullable(Map.of(SSL, SSL_DV).get(id));

  private final Partner gold = Partner.withVouchers(ACME, "Acme", Tier.GOLD);
  private final PriceBook prices = PriceBook.builder("CHF")
      .listPrice(ONE_YEAR, Money.ofMinor("CHF", 10000))
      .listPrice(TWO_YEARS, Money.ofMinor("CHF", 18000))
      .tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 7000))
      .tierDiscount(Tier.GOLD, BigDecimal.TEN)
      .build();

  private static OrderRequest.Valid request(OrderRequest.ValidLine... lines) {
    return new OrderRequest.Valid(Optional.of("Customer AG"), Optional.of("INV-7"), "invoice",
        List.of(lines));
  }

  private Either<Refusal, Order> place(Partner partner, PriceBook book, OrderRequest.Valid request) {
    return OrderPlacement.place(OrderId.of("o-1"), new OrderNumber(123_456_789L), partner,
        ACME_ADMIN, request, CATALOGUE, book, T0);
  }

  @Test
  void freezesResolvedUnitPricesLineTotalsAndOrderTotal_O3_T4() {
    Order order = place(gold, prices, request(
        new OrderRequest.ValidLine(ONE_YEAR, 3), new OrderRequest.ValidLine(TWO_YEARS, 2))).get();

    assertThat(order.lines()).hasSize(2);
    OrderLine first = order.lines().get(0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.configuration()).isEqualTo(ONE_YEAR);
    assertThat(first.productName()).isEqualTo("SSL DV");
    assertThat(first.quantity()).isEqualTo(3);
    assertThat(first.unitPrice()).isEqualTo(Money.ofMinor("CHF", 7000)); // explicit GOLD price
    assertThat(first.price().source()).isEqualTo(PriceSource.TIER_PRICE);
    assertThat(first.price().listPrice()).isEqualTo(Money.ofMinor("CHF", 10000));
    assertThat(first.lineTotal()).isEqualTo(Money.ofMinor("CHF", 21000));
    OrderLine second = order.lines().get(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.unitPrice()).isEqualTo(Money.ofMinor("CHF", 16200)); // 18000 less 10 %
    assertThat(second.lineTotal()).isEqualTo(Money.ofMinor("CHF", 32400));
    assertThat(order.total()).isEqualTo(Money.ofMinor("CHF", 53400));
    assertThat(order.voucherCount()).isEqualTo(5);
  }

  @Test
  void recordsWhoWhenAndTheRequestedTexts_O1() {
    Order order = place(gold, prices, request(new OrderRequest.ValidLine(ONE_YEAR, 1))).get();
    assertThat(order.id()).isEqualTo(OrderId.of("o-1"));
    assertThat(order.partner()).isEqualTo(ACME);
    assertThat(order.customerName()).contains("Customer AG");
    assertThat(order.notes()).contains("INV-7");
    assertThat(order.paymentMethod()).isEqualTo("invoice");
    assertThat(order.placedAt()).isEqualTo(T0);
    assertThat(order.placedBy()).isEqualTo(ACME_ADMIN.describe());
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.cancelledAt()).isEmpty();
    assertThat(order.version()).isZero();
  }

  @Test
  void laterTierOrPriceChangesDoNotTouchThePlacedOrder_T4() {
    Order placed = place(gold, prices, request(new OrderRequest.ValidLine(ONE_YEAR, 1))).get();
    Partner platinum = gold.changeTier(Tier.PLATINUM, MANAGER, T0.plus(Duration.ofDays(1)),
        TierLadder.defaults()).get().partner();
    PriceBook cheaper = PriceBook.builder("CHF").listPrice(ONE_YEAR, Money.ofMinor("CHF", 500)).build();

    Order later = place(platinum, cheaper, request(new OrderRequest.ValidLine(ONE_YEAR, 1))).get();

    assertThat(later.lines().get(0).unitPrice()).isEqualTo(Money.ofMinor("CHF", 500));
    assertThat(placed.lines().get(0).unitPrice()).isEqualTo(Money.ofMinor("CHF", 7000));
    assertThat(placed.total()).isEqualTo(Money.ofMinor("CHF", 7000));
  }

  @Test
  void refusesWhenTheVoucherFeatureIsDisabled_O1() {
    Partner off = new Partner(ACME, "Acme", Tier.GOLD, Set.of(Feature.SUBSCRIPTIONS), Locale.ENGLISH);
    Refusal refusal = place(off, prices, request(new OrderRequest.ValidLine(ONE_YEAR, 1))).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.FEATURE_DISABLED);
    assertThat(refusal.reasons().get(0).message()).contains("voucher feature");
  }

  @Test
  void refusesAnUnknownProductNamingLineAndProduct_P1() {
    Refusal refusal = place(gold, prices,
        request(new OrderRequest.ValidLine(ONE_YEAR, 1),
            new OrderRequest.ValidLine(ProductConfiguration.of(ORG, 1, 0, 0), 1))).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(refusal.reasons().get(0).message()).startsWith("line 2: ").contains("org-cert");
  }

  @Test
  void refusesAConfigurationTheProductDoesNotOfferWithEveryReason_P1() {
    ProductConfiguration threeYearsWildcard = ProductConfiguration.of(SSL, 3, 1, 1);
    Refusal refusal = place(gold, prices,
        request(new OrderRequest.ValidLine(threeYearsWildcard, 1))).getLeft();
    assertThat(refusal.codes()).containsExactly(
        ReasonCode.CONFIGURATION_NOT_OFFERED, ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(refusal.reasons()).allSatisfy(r -> assertThat(r.message()).startsWith("line 1: "));
  }

  @Test
  void refusesAConfigurationWithoutPrice_T2() {
    PriceBook oneYearOnly = PriceBook.builder("CHF").listPrice(ONE_YEAR, Money.ofMinor("CHF", 1)).build();
    Refusal refusal = place(gold, oneYearOnly, request(new OrderRequest.ValidLine(ONE_YEAR, 1),
        new OrderRequest.ValidLine(TWO_YEARS, 1))).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.NO_PRICE);
    assertThat(refusal.reasons().get(0).message()).startsWith("line 2: ").contains(TWO_YEARS.toString());
  }

  @Test
  void givesEveryReasonOfEveryLineAtOnce_O1_P1_T2() {
    Partner off = new Partner(ACME, "Acme", Tier.GOLD, Set.of(), Locale.ENGLISH);
    PriceBook oneYearOnly = PriceBook.builder("CHF").listPrice(ONE_YEAR, Money.ofMinor("CHF", 1)).build();
    Refusal refusal = place(off, oneYearOnly, request(
        new OrderRequest.ValidLine(ProductConfiguration.of(ORG, 1, 0, 0), 1),
        new OrderRequest.ValidLine(ProductConfiguration.of(SSL, 5, 1, 0), 1),
        new OrderRequest.ValidLine(TWO_YEARS, 1))).getLeft();
    assertThat(refusal.codes()).containsExactly(ReasonCode.FEATURE_DISABLED,
        ReasonCode.CONFIGURATION_NOT_OFFERED, ReasonCode.CONFIGURATION_NOT_OFFERED,
        ReasonCode.NO_PRICE);
    assertThat(refusal.reasons().get(1).message()).startsWith("line 1: ");
    assertThat(refusal.reasons().get(2).message()).startsWith("line 2: ");
    assertThat(refusal.reasons().get(3).message()).startsWith("line 3: ");
  }

  @Test
  void zeroPricedOrderIsLegal_T3() {
    PriceBook free = PriceBook.builder("CHF").listPrice(ONE_YEAR, Money.ofMinor("CHF", 0)).build();
    Order order = place(gold, free, request(new OrderRequest.ValidLine(ONE_YEAR, 1000))).get();
    assertThat(order.total().isZero()).isTrue();
    assertThat(order.voucherCount()).isEqualTo(1000);
  }
}
