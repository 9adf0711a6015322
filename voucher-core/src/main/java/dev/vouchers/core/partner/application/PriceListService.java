// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.application;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.PriceList;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.out.Partners;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** T-2: the prices one partner pays: the price list of its tier. */
final class PriceListService implements ShowPriceList {
  private static final Comparator<ProductConfiguration> PRICE_LIST_ORDER =
      Comparator.comparing((ProductConfiguration c) -> c.product().value())
          .thenComparingInt(ProductConfiguration::validityYears)
          .thenComparingInt(ProductConfiguration::fqdns)
          .thenComparingInt(ProductConfiguration::wildcards);

  private final Catalog catalog;
  private final Partners partners;

  PriceListService(Catalog catalog, Partners partners) {
    this.catalog = catalog;
    this.partners = partners;
  }

  /** T-2: every configuration of the price book the catalogue offers, at the partner's tier. */
  @Override
  public Either<Refusal, PriceList> show(ShowPriceList.Command command) {
    Optional<Partner> partner = partners.partner(command.partner())
        .filter(p -> Access.canRead(command.principal(), p.id()));
    if (partner.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    Tier tier = partner.get().tier();
    List<PriceList.Entry> entries = new ArrayList<>();
    catalog.priceBook().ifPresent(book -> {
      Set<ProductConfiguration> configurations = new TreeSet<>(PRICE_LIST_ORDER);
      configurations.addAll(book.listPrices().keySet());
      configurations.addAll(book.tierPrices().getOrDefault(tier, Map.of()).keySet());
      Map<ProductId, Optional<Product>> products = new HashMap<>();
      for (ProductConfiguration configuration : configurations) {
        Optional<Product> product = products.computeIfAbsent(configuration.product(),
            catalog::product);
        if (product.isEmpty() || !product.get().check(configuration).isEmpty()) {
          continue; // priced but not (or no longer) offered
        }
        book.quote(configuration, tier).forEach(price -> entries.add(new PriceList.Entry(
            configuration, product.get().name(), product.get().kind(), price)));
      }
    });
    return Either.right(new PriceList(partner.get().id(), partner.get().name(), tier, entries));
  }
}
