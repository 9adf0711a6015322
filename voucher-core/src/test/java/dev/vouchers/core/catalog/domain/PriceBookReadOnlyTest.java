// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * T-2, T-4: what a price book exposes for storage adapters is read-only at every level: a
 * book is changed only by building a new one, so what an adapter reads cannot be edited in
 * place, neither the per-tier maps nor the maps inside them.
 */
class PriceBookReadOnlyTest {
  private static final ProductConfiguration ONE_YEAR = ProductConfiguration.of(SSL, 1, 1, 0);
  private static final Money LIST = Money.ofMinor("CHF", 10000);
  private static final PriceBook BOOK = PriceBook.builder("CHF").listPrice(ONE_YEAR, LIST)
      .tierPrice(Tier.GOLD, ONE_YEAR, Money.ofMinor("CHF", 7000))
      .tierDiscount(Tier.SILVER, ONE_YEAR, BigDecimal.TEN)
      .tierDiscount(Tier.ENTRY, BigDecimal.ONE)
      .build();

  @Test
  void theTierRulesPerTierAreReadOnly_T2_T4() {
    assertThatThrownBy(() -> BOOK.tierPrices().get(Tier.GOLD).put(ONE_YEAR, Money.ofMinor("CHF", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.tierPrices().get(Tier.GOLD).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.tierDiscounts().get(Tier.SILVER).put(ONE_YEAR, BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(BOOK.quote(ONE_YEAR, Tier.GOLD).get().unitPrice()).isEqualTo(Money.ofMinor("CHF", 7000));
  }

  @Test
  void theMapsOfTiersAreReadOnly_T2_T4() {
    assertThatThrownBy(() -> BOOK.tierPrices().remove(Tier.GOLD))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.tierDiscounts().remove(Tier.SILVER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.tierWideDiscounts().remove(Tier.ENTRY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.listPrices().remove(ONE_YEAR))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
