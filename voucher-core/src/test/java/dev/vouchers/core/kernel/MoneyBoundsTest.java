// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** L-4, T-3, O-3: amounts are bounded where they enter; totals are checked exactly. */
class MoneyBoundsTest {

  private static final ProductConfiguration ONE = ProductConfiguration.of(ProductId.of("p"), 1, 0, 0);

  @Test
  void sumOfProductsAgreesWithExactArithmetic_L4_O3() {
    qt().withExamples(2_000)
        .forAll(lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(0, 5),
            integers().between(0, Integer.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE))
        .checkAssert((amounts, quantity, max) -> {
          long[] a = amounts.stream().mapToLong(Long::longValue).toArray();
          long[] q = amounts.stream().mapToLong(x -> quantity).toArray();
          BigInteger exact = BigInteger.ZERO;
          for (long amount : a) {
            exact = exact.add(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(quantity)));
          }
          OptionalLong sum = Money.sumOfProducts(a, q, max);
          if (exact.compareTo(BigInteger.valueOf(max)) <= 0) {
            assertThat(sum).hasValue(exact.longValueExact());
          } else {
            assertThat(sum).isEmpty();
          }
        });
  }

  @Test
  void parsingRefusesHugeAndOverlongAmountsWithShortMessages_L4_T3() {
    for (String amount : List.of("1E+999999999", "1E-999999999", "92233720368547758.08",
        "1".repeat(41), "-0.01")) {
      assertThatThrownBy(() -> Money.of(amount, "CHF"))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }
    assertThat(Money.of("92233720368547758.07", "CHF").minorUnits()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void discountOutsideTheRangeIsNotEchoedWhenHuge_L4() {
    BigDecimal huge = new BigDecimal("1" + "0".repeat(10_000));
    assertThatThrownBy(() -> Money.ofMinor("CHF", 100).discounted(huge,
        java.math.RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
  }

  @Test
  void priceBookNamesEveryPriceAboveTheMaximumAndEveryOverPreciseDiscount_L4_T2() {
    PriceBook book = PriceBook.builder("CHF")
        .listPrice(ONE, Money.ofMinor("CHF", Long.MAX_VALUE))
        .tierPrice(Tier.GOLD, ONE, Money.ofMinor("CHF", Money.MAX_PRICE_MINOR_UNITS + 1))
        .tierDiscount(Tier.SILVER, new BigDecimal("1E-999999"))
        .tierDiscount(Tier.PLATINUM, ONE, new BigDecimal("12.34567"))
        .build();
    assertThat(book.problems()).extracting(Reason::code).containsOnly(ReasonCode.INVALID_INPUT);
    assertThat(book.problems()).extracting(Reason::message).containsExactlyInAnyOrder(
        "list price of p/1y/0fqdn/0wc must be 0..1000000000000 minor units",
        "GOLD price of p/1y/0fqdn/0wc must be 0..1000000000000 minor units",
        "SILVER discount must be 0..100 percent with at most 4 decimals",
        "PLATINUM discount on p/1y/0fqdn/0wc must be 0..100 percent with at most 4 decimals");

    PriceBook fine = PriceBook.builder("CHF")
        .listPrice(ONE, Money.ofMinor("CHF", Money.MAX_PRICE_MINOR_UNITS))
        .tierDiscount(Tier.SILVER, new BigDecimal("33.3333"))
        .tierDiscount(Tier.GOLD, new BigDecimal("12.50000000"))
        .build();
    assertThat(fine.problems()).isEmpty();
  }
}
