// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.out;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.kernel.ProductId;
import java.util.List;
import java.util.Optional;

/** Storage of products (P-1) and the current price book (T-2). */
public interface Catalog {

  /** The product, if defined. */
  Optional<Product> product(ProductId id);

  /** Every product, by id. */
  List<Product> products();

  /** Defines or replaces a product. */
  void save(Product product);

  /** The current price book, if one was published. */
  Optional<PriceBook> priceBook();

  /** Publishes a new price book; existing orders keep their frozen prices (T-4). */
  void publish(PriceBook priceBook);
}
