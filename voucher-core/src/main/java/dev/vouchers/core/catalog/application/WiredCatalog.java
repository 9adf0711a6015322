// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.application;

import dev.vouchers.core.catalog.port.in.CatalogUseCases;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.ProductId;
import java.util.function.Consumer;

/**
 * The catalog's use cases, each wired once (ADR 0061). The programme builds it with
 * {@link #over}; its service stays in this package (ADR 0068).
 *
 * @param defineProduct the {@link DefineProduct} use case
 * @param publishPriceBook the {@link PublishPriceBook} use case
 * @param showPriceList the {@link ShowPriceList} use case
 */
public record WiredCatalog(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
    ShowPriceList showPriceList) implements CatalogUseCases {

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param catalog the catalog's storage
   * @param redefined told the id of each product defined again, after it was saved (views
   *     keep product names for a while)
   * @param showPriceList T-2, T-3: the price list at a partner's tier (the partners' context
   *     answers it: the catalog knows no partner)
   * @return the wired use cases
   */
  public static WiredCatalog over(Basics basics, Catalog catalog,
      Consumer<ProductId> redefined, ShowPriceList showPriceList) {
    CatalogService administration = new CatalogService(catalog, redefined);
    return new WiredCatalog(
        command -> basics.answered(DefineProduct.class, administration.define(command)),
        command -> basics.answered(PublishPriceBook.class, administration.publish(command)),
        showPriceList);
  }
}
