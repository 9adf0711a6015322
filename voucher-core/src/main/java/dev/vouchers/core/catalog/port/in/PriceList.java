// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.in;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import java.util.List;
import java.util.Objects;

/**
 * T-2: the prices one partner pays, at its tier, for every offered configuration.
 *
 * @param partner the partner
 * @param partnerName its display name
 * @param tier its current tier
 * @param entries one per priced configuration, ordered by product, then validity, FQDNs and
 *     wildcards
 */
public record PriceList(PartnerId partner, String partnerName, Tier tier, List<Entry> entries) {
  /** Copies the entries. */
  public PriceList {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(tier, "tier");
    entries = List.copyOf(entries);
  }

  /**
   * One priced configuration.
   *
   * @param configuration product, validity years, FQDNs, wildcards
   * @param productName the product's display name
   * @param kind the product's kind
   * @param price the unit price at the partner's tier, the list price and where the price came
   *     from (T-2)
   */
  public record Entry(ProductConfiguration configuration, String productName, ProductKind kind,
      PriceQuote price) {
    /** Every part is required. */
    public Entry {
      Objects.requireNonNull(configuration, "configuration");
      Objects.requireNonNull(productName, "productName");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(price, "price");
    }
  }
}
