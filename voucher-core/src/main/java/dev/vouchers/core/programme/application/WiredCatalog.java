// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.catalog.port.in.CatalogUseCases;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;

/** The catalog's use cases, each wired once (ADR 0061). */
record WiredCatalog(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
    ShowPriceList showPriceList) implements CatalogUseCases {

  static WiredCatalog over(Context context, AdministrationService administration) {
    return new WiredCatalog(
        command -> context.answered(DefineProduct.class, administration.define(command)),
        command -> context.answered(PublishPriceBook.class, administration.publish(command)),
        new PriceListService(context));
  }
}
