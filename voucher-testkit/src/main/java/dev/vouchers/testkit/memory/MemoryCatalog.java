// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.ProductId;
import java.util.List;
import java.util.Optional;

/** P-1, T-2: products and the published price book. */
final class MemoryCatalog implements Catalog {
  private final MemoryState state;

  MemoryCatalog(MemoryState state) {
    this.state = state;
  }

  @Override
  public Optional<Product> product(ProductId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.products.get(id));
    }
  }

  @Override
  public List<Product> products() {
    synchronized (state.lock) {
      return List.copyOf(state.products.values());
    }
  }

  @Override
  public void save(Product product) {
    synchronized (state.lock) {
      state.products.put(product.id(), product);
    }
  }

  @Override
  public Optional<PriceBook> priceBook() {
    synchronized (state.lock) {
      return Optional.ofNullable(state.priceBook);
    }
  }

  @Override
  public void publish(PriceBook book) {
    synchronized (state.lock) {
      state.priceBook = book;
    }
  }

}
