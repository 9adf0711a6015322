// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.catalog.port.in.CatalogUseCases;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.partner.port.out.Partners;

/** The catalog's use cases, each wired once (ADR 0061). */
record WiredCatalog(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
    ShowPriceList showPriceList) implements CatalogUseCases {

  static WiredCatalog over(Basics basics, Catalog catalog, Partners partners,
      AdministrationService administration) {
    return new WiredCatalog(
        command -> basics.answered(DefineProduct.class, administration.define(command)),
        command -> basics.answered(PublishPriceBook.class, administration.publish(command)),
        new PriceListService(catalog, partners));
  }
}
