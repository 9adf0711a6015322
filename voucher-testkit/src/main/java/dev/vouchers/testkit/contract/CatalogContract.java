// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.ProductId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.catalog.port.out.Catalog} port (P-1, T-2). */
public abstract class CatalogContract extends StorageContract {

  static Product product(String id, boolean flags) {
    return Product.builder().id(new ProductId(id)).name("Product " + id).kind(ProductKind.SSL_OV)
        .addValidityYears(1, 2).minFqdns(1).maxFqdns(5).maxWildcards(2)
        .requiresMandate(flags).organisationActivation(flags).domainValidated(!flags).build();
  }

  @Test
  void storesProductsWithEveryFlag_P1_P2() {
    Product plain = product("b-plain", false);
    Product flagged = product("a-flagged", true);
    storage.catalog().save(plain);
    storage.catalog().save(flagged);
    assertThat(storage.catalog().product(plain.id())).contains(plain);
    assertThat(storage.catalog().product(flagged.id())).contains(flagged);
    assertThat(storage.catalog().products()).containsExactly(flagged, plain);
    assertThat(storage.catalog().product(new ProductId("none"))).isEmpty();
  }

  @Test
  void savingAProductAgainReplacesIt_P1() {
    storage.catalog().save(product("p", false));
    Product renamed = Product.copyOf(product("p", true)).withName("Renamed");
    storage.catalog().save(renamed);
    assertThat(storage.catalog().product(renamed.id())).contains(renamed);
    assertThat(storage.catalog().products()).hasSize(1);
  }

  @Test
  void publishesAndReplacesThePriceBook_T2() {
    assertThat(storage.catalog().priceBook()).isEmpty();
    ProductConfiguration config = ProductConfiguration.of(new ProductId("p"), 1, 1, 0);
    ProductConfiguration other = ProductConfiguration.of(new ProductId("p"), 2, 3, 1);
    PriceBook first = PriceBook.builder("CHF").rounding(RoundingMode.HALF_UP)
        .listPrice(config, Money.of("100.00", "CHF"))
        .listPrice(other, Money.of("0.00", "CHF"))
        .tierPrice(Tier.GOLD, config, Money.of("79.95", "CHF"))
        .tierDiscount(Tier.SILVER, config, new BigDecimal("12.5"))
        .tierDiscount(Tier.PLATINUM, new BigDecimal("30"))
        .build();
    storage.catalog().publish(first);
    assertThat(storage.catalog().priceBook()).contains(first);

    PriceBook second = PriceBook.builder("EUR").listPrice(config, Money.of("90", "EUR")).build();
    storage.catalog().publish(second);
    assertThat(storage.catalog().priceBook()).contains(second);
  }
}
