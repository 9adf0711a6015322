// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.application;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The vendor's side of the catalog: products (P-1) and prices (T-2). */
final class CatalogService implements DefineProduct, PublishPriceBook {
  /** L-4: the most FQDNs or wildcards a product may take. */
  private static final int MAX_NAMES = 10_000;

  private final Catalog catalog;
  private final Consumer<ProductId> redefined;

  CatalogService(Catalog catalog, Consumer<ProductId> redefined) {
    this.catalog = catalog;
    this.redefined = redefined;
  }

  @Override
  public Either<Refusal, Product> define(DefineProduct.Command command) {
    if (!Access.canManagePartners(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "products are defined by a partner manager"));
    }
    List<Reason> reasons = new ArrayList<>();
    Text.checkName("product name", command.product().name()).ifPresent(reasons::add);
    if (command.product().validityYears().stream()
        .anyMatch(years -> years > Product.MAX_VALIDITY_YEARS)) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "validity years must be 1.." + Product.MAX_VALIDITY_YEARS));
    }
    if (command.product().maxFqdns() > MAX_NAMES || command.product().maxWildcards() > MAX_NAMES) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "FQDN and wildcard counts must be 0.." + MAX_NAMES));
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    catalog.save(command.product());
    redefined.accept(command.product().id());
    return Either.right(command.product());
  }

  @Override
  public Either<Refusal, PriceBook> publish(PublishPriceBook.Command command) {
    if (!Access.canManagePartners(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "prices are published by a partner manager"));
    }
    List<Reason> problems = command.priceBook().problems();
    if (!problems.isEmpty()) {
      return Either.left(new Refusal(problems));
    }
    catalog.publish(command.priceBook());
    return Either.right(command.priceBook());
  }
}
