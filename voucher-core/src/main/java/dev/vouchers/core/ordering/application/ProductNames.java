// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.ProductId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Product names for views, kept for a minute: every view names its product, and a round trip to
 * the catalog per redemption would cost more than the redemption's own write. Names only: the
 * rules of a product (P-2) are always read fresh. A product defined through this programme is
 * forgotten at once; one renamed by another instance shows its new name within a minute.
 */
final class ProductNames {
  static final Duration KEEP = Duration.ofMinutes(1);

  private record Name(String name, Instant loadedAt) {}

  private final Catalog catalog;
  private final Basics basics;
  private final ConcurrentHashMap<ProductId, Name> names = new ConcurrentHashMap<>();
  /** Bumped by {@link #forget}: a name read before a redefinition is not kept after it. */
  private final AtomicLong generation = new AtomicLong();

  ProductNames(Catalog catalog, Basics basics) {
    this.catalog = catalog;
    this.basics = basics;
  }

  /** The product's name, or its id if it is not defined. */
  String of(ProductId product) {
    Instant now = basics.now();
    Name cached = names.get(product);
    // L-4: no arithmetic on the instants, so a clock at either end of time cannot throw here
    if (cached != null && !now.isBefore(cached.loadedAt())
        && Duration.between(cached.loadedAt(), now).compareTo(KEEP) < 0) {
      return cached.name();
    }
    long before = generation.get();
    String name = catalog.product(product).map(Product::name).orElse(product.value());
    if (generation.get() == before) {
      names.put(product, new Name(name, now));
    }
    return name;
  }

  /** Forgets a product whose definition changed. */
  void forget(ProductId product) {
    generation.incrementAndGet();
    names.remove(product);
  }
}
