// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PriceBookTest {
  private static final ProductConfiguration ONE_YEAR = ProductConfiguration.of(SSL, 1, 1, 0);
  private static final ProductConfiguration TWO_YEARS = ProductConfiguration.of(SSL, 2, 1, 0);
  private static final Money LIST = Money.ofMinor("CHF", 10000);

  private static PriceBook.Builder book() {
    return PriceBook.builder("CHF").listPrice(ONE_YEAR, LIST);
  }

  @Test
  void listPriceWhenTheTierHasNoRule_T2() {
    PriceQuote quote = book().build().quote(ONE_YEAR, Tier.ENTRY).get();
    assertThat(quote.unitPrice()).isEqualTo(LIST);
    assertThat(quote.listPrice()).isEqualTo(LIST);
    assertThat(quote.source()).isEqualTo(PriceSource.LIST_PRICE);
  }

  @Test
  void explicitTierPriceWinsOverEveryDiscount_T2() {
    PriceBook prices = book()
        .tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 7000))
        .tierDiscount(Tier.GOLD, ONE_YEAR, BigDecimal.TEN)
        .tierDiscount(Tier.GOLD, BigDecimal.valueOf(50))
        .build();
    PriceQuote quote = prices.quote(ONE_YEAR, Tier.GOLD).get();
    assertThat(quote.unitPrice()).isEqualTo(Money.ofMinor("CHF", 7000));
    assertThat(quote.listPrice()).isEqualTo(LIST);
    assertThat(quote.source()).isEqualTo(PriceSource.TIER_PRICE);
  }

  @Test
  void configurationDiscountWinsOverTierWideDiscount_T2() {
    PriceBook prices = book()
        .tierDiscount(Tier.GOLD, ONE_YEAR, BigDecimal.TEN)
        .tierDiscount(Tier.GOLD, BigDecimal.valueOf(50))
        .build();
    PriceQuote quote = prices.quote(ONE_YEAR, Tier.GOLD).get();
    assertThat(quote.unitPrice()).isEqualTo(Money.ofMinor("CHF", 9000));
    assertThat(quote.listPrice()).isEqualTo(LIST);
    assertThat(quote.source()).isEqualTo(PriceSource.TIER_DISCOUNT);
  }

  @Test
  void tierWideDiscountAppliesWithoutACloserRule_T2() {
    PriceBook prices = book()
        .listPrice(TWO_YEARS, Money.ofMinor("CHF", 18000))
        .tierDiscount(Tier.GOLD, ONE_YEAR, BigDecimal.TEN)
        .tierDiscount(Tier.GOLD, BigDecimal.valueOf(25))
        .build();
    PriceQuote quote = prices.quote(TWO_YEARS, Tier.GOLD).get();
    assertThat(quote.unitPrice()).isEqualTo(Money.ofMinor("CHF", 13500));
    assertThat(quote.listPrice()).isEqualTo(Money.ofMinor("CHF", 18000));
    assertThat(quote.source()).isEqualTo(PriceSource.TIER_DISCOUNT);
  }

  @Test
  void rulesOfOtherTiersDoNotApply_T2() {
    PriceBook prices = book()
        .tierPrice(Tier.PLATINUM, ONE_YEAR, Money.ofMinor("CHF", 1))
        .tierDiscount(Tier.GOLD, ONE_YEAR, BigDecimal.TEN)
        .tierDiscount(Tier.PLATINUM, BigDecimal.valueOf(50))
        .build();
    PriceQuote silver = prices.quote(ONE_YEAR, Tier.SILVER).get();
    assertThat(silver.unitPrice()).isEqualTo(LIST);
    assertThat(silver.source()).isEqualTo(PriceSource.LIST_PRICE);
    // a tier price for another configuration does not apply either
    PriceBook other = book().listPrice(TWO_YEARS, Money.ofMinor("CHF", 18000))
        .tierPrice(Tier.GOLD, TWO_YEARS, Money.ofMinor("CHF", 1)).build();
    assertThat(other.quote(ONE_YEAR, Tier.GOLD).get().source()).isEqualTo(PriceSource.LIST_PRICE);
  }

  @Test
  void explicitZeroTierPriceIsLegal_T3() {
    PriceBook prices = book().tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 0)).build();
    assertThat(prices.quote(ONE_YEAR, Tier.GOLD).get().unitPrice().isZero()).isTrue();
    PriceBook free = PriceBook.builder("CHF").listPrice(ONE_YEAR, Money.ofMinor("CHF", 0)).build();
    assertThat(free.quote(ONE_YEAR, Tier.ENTRY).get().unitPrice().isZero()).isTrue();
  }

  @Test
  void discountRoundsHalfEvenByDefault_T3() {
    PriceBook prices = PriceBook.builder("CHF")
        .listPrice(ONE_YEAR, Money.ofMinor("CHF", 105))
        .listPrice(TWO_YEARS, Money.ofMinor("CHF", 115))
        .tierDiscount(Tier.GOLD, BigDecimal.TEN)
        .build();
    assertThat(prices.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(prices.quote(ONE_YEAR, Tier.GOLD).get().unitPrice().minorUnits()).isEqualTo(94);
    assertThat(prices.quote(TWO_YEARS, Tier.GOLD).get().unitPrice().minorUnits()).isEqualTo(104);
  }

  @Test
  void discountRoundsWithTheConfiguredMode_T3() {
    PriceBook prices = PriceBook.builder("CHF").rounding(RoundingMode.HALF_UP)
        .listPrice(ONE_YEAR, Money.ofMinor("CHF", 105))
        .tierDiscount(Tier.GOLD, BigDecimal.TEN)
        .build();
    assertThat(prices.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(prices.quote(ONE_YEAR, Tier.GOLD).get().unitPrice().minorUnits()).isEqualTo(95);
  }

  @Test
  void missingListPriceIsRefusedWithNoPriceNamingTheConfiguration_T2() {
    PriceBook prices = book().tierPrice(Tier.GOLD, TWO_YEARS, Money.ofMinor("CHF", 5000)).build();
    Either<Refusal, PriceQuote> quote = prices.quote(TWO_YEARS, Tier.GOLD);
    assertThat(quote.isLeft()).isTrue();
    assertThat(quote.getLeft().codes()).containsExactly(ReasonCode.NO_PRICE);
    assertThat(quote.getLeft().reasons().get(0).message()).contains(TWO_YEARS.toString());
  }

  @Test
  void refusesAmountsInAnotherCurrency_T3() {
    PriceBook.Builder builder = PriceBook.builder("CHF");
    Money euros = Money.ofMinor("EUR", 100);
    assertThatThrownBy(() -> builder.listPrice(ONE_YEAR, euros))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    assertThatThrownBy(() -> builder.tierPrice(Tier.GOLD, ONE_YEAR, euros))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHF");
  }

  @Test
  void refusesDiscountsOutsideZeroToHundred_T2() {
    PriceBook.Builder builder = book();
    assertThatThrownBy(() -> builder.tierDiscount(Tier.GOLD, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> builder.tierDiscount(Tier.GOLD, ONE_YEAR, new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.5");
    // the bounds themselves are legal
    PriceBook prices = builder.tierDiscount(Tier.GOLD, BigDecimal.valueOf(100))
        .tierDiscount(Tier.SILVER, BigDecimal.ZERO).build();
    assertThat(prices.quote(ONE_YEAR, Tier.GOLD).get().unitPrice().isZero()).isTrue();
    assertThat(prices.quote(ONE_YEAR, Tier.SILVER).get().unitPrice()).isEqualTo(LIST);
  }

  @Test
  void exposesCurrencyAndListPrices_T2() {
    PriceBook prices = book().build();
    assertThat(prices.currency()).isEqualTo(Currency.getInstance("CHF"));
    assertThat(prices.listPrices()).containsExactlyEntriesOf(java.util.Map.of(ONE_YEAR, LIST));
    assertThat(PriceBook.builder(Currency.getInstance("EUR")).build().currency())
        .isEqualTo(Currency.getInstance("EUR"));
  }

  @Test
  void exposesEveryTierRuleForStorage_T2() {
    PriceBook prices = book()
        .tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 7000))
        .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.TEN)
        .tierDiscount(Tier.SILVER, TWO_YEARS, BigDecimal.ONE)
        .tierDiscount(Tier.ENTRY, BigDecimal.valueOf(5))
        .build();
    assertThat(prices.tierPrices()).containsExactlyEntriesOf(
        java.util.Map.of(Tier.GOLD, java.util.Map.of(ONE_YEAR, Money.ofMinor("CHF", 7000))));
    assertThat(prices.tierDiscounts()).containsExactlyEntriesOf(java.util.Map.of(Tier.SILVER,
        java.util.Map.of(ONE_YEAR, BigDecimal.TEN, TWO_YEARS, BigDecimal.ONE)));
    assertThat(prices.tierWideDiscounts())
        .containsExactlyEntriesOf(java.util.Map.of(Tier.ENTRY, BigDecimal.valueOf(5)));
    assertThat(book().build().tierPrices()).isEmpty();
  }

  @Test
  void builtBookIsNotChangedByLaterBuilderCalls_T4() {
    PriceBook.Builder builder = book();
    PriceBook built = builder.build();
    builder.listPrice(TWO_YEARS, LIST).tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 1))
        .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.ONE).tierDiscount(Tier.ENTRY, BigDecimal.ONE);
    assertThat(built.listPrices()).containsOnlyKeys(ONE_YEAR);
    assertThat(built.quote(ONE_YEAR, Tier.GOLD).get().unitPrice()).isEqualTo(LIST);
    assertThat(built.quote(ONE_YEAR, Tier.SILVER).get().unitPrice()).isEqualTo(LIST);
    assertThat(built.quote(ONE_YEAR, Tier.ENTRY).get().unitPrice()).isEqualTo(LIST);
    assertThat(built).isEqualTo(book().build());
  }

  @Test
  void equalBooksAreEqualAndHashAlike() {
    PriceBook a = book().tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 5))
        .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.ONE).tierDiscount(Tier.ENTRY, BigDecimal.TEN)
        .build();
    PriceBook b = book().tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 5))
        .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.ONE).tierDiscount(Tier.ENTRY, BigDecimal.TEN)
        .build();
    assertThat(a).isEqualTo(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo("a price book").isNotEqualTo(null);
  }

  @Test
  void booksDifferingInAnyPartAreNotEqual() {
    PriceBook base = book().build();
    assertThat(PriceBook.builder("EUR").build()).isNotEqualTo(PriceBook.builder("CHF").build());
    assertThat(book().rounding(RoundingMode.HALF_UP).build()).isNotEqualTo(base);
    assertThat(book().listPrice(TWO_YEARS, LIST).build()).isNotEqualTo(base);
    assertThat(book().listPrice(ONE_YEAR, Money.ofMinor("CHF", 1)).build()).isNotEqualTo(base);
    assertThat(book().tierPrice(Tier.GOLD, ONE_YEAR, LIST).build()).isNotEqualTo(base);
    assertThat(book().tierDiscount(Tier.GOLD, ONE_YEAR, BigDecimal.ONE).build()).isNotEqualTo(base);
    assertThat(book().tierDiscount(Tier.GOLD, BigDecimal.ONE).build()).isNotEqualTo(base);
    assertThat(book().tierDiscount(Tier.GOLD, BigDecimal.ONE).build().hashCode())
        .isNotEqualTo(base.hashCode());
  }

  @Test
  void toStringSummarisesCounts() {
    PriceBook prices = book().tierPrice(Tier.GOLD, ONE_YEAR, LIST)
        .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.ONE).tierDiscount(Tier.ENTRY, BigDecimal.ONE)
        .build();
    assertThat(prices).hasToString("PriceBook[CHF, 1 list prices, 1 tier prices, 2 discounts]");
  }

  @Test
  void quoteInvariantUnitAndListPriceShareACurrency_T3() {
    assertThatThrownBy(() -> new PriceQuote(Money.ofMinor("CHF", 1), Money.ofMinor("EUR", 1),
        PriceSource.LIST_PRICE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PriceQuote(LIST, LIST, null))
        .isInstanceOf(NullPointerException.class);
  }
}
