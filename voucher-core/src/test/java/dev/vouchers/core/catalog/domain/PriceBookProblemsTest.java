// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Reason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * L-4, T-2: a price book names every amount and discount out of range, one reason each, in the
 * order of their messages (whatever order the book keeps its entries in), so that the same book
 * always gets the same answer.
 */
class PriceBookProblemsTest {
  private static final ProductConfiguration ONE_YEAR = ProductConfiguration.of(SSL, 1, 1, 0);
  private static final ProductConfiguration TWO_YEARS = ProductConfiguration.of(SSL, 2, 1, 0);
  private static final Money TOO_MUCH = Money.ofMinor("CHF", Money.MAX_PRICE_MINOR_UNITS + 1);

  @Test
  void everyProblemIsNamedOnceInTheOrderOfTheMessages_L4_T2() {
    PriceBook book = PriceBook.builder("CHF")
        .listPrice(ONE_YEAR, TOO_MUCH)
        .listPrice(TWO_YEARS, TOO_MUCH)
        .tierPrice(Tier.GOLD, ONE_YEAR, TOO_MUCH)
        .tierDiscount(Tier.SILVER, ONE_YEAR, new BigDecimal("1.00001"))
        .tierDiscount(Tier.ENTRY, new BigDecimal("2.00001"))
        .build();

    List<String> messages = book.problems().stream().map(Reason::message).toList();

    assertThat(messages).hasSize(5).isSorted().doesNotHaveDuplicates();
    // the tier rules (upper-case tier names) sort before the list prices
    assertThat(messages.get(0)).startsWith("ENTRY discount must be 0..100 percent");
    assertThat(messages.get(1)).startsWith("GOLD price of ");
    assertThat(messages.get(2)).startsWith("SILVER discount on ");
    assertThat(messages.get(3)).startsWith("list price of ");
    assertThat(messages.get(4)).startsWith("list price of ");
  }

  @Test
  void theEdgesOfTheRangesAreFine_L4_T2() {
    PriceBook book = PriceBook.builder("CHF")
        .listPrice(ONE_YEAR, Money.ofMinor("CHF", Money.MAX_PRICE_MINOR_UNITS))
        .tierDiscount(Tier.SILVER, ONE_YEAR, new BigDecimal("1.0001"))
        .tierDiscount(Tier.ENTRY, new BigDecimal("2.50000"))
        .build();
    assertThat(book.problems()).isEmpty();
  }
}
