// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * O-5: which of a partner's orders to list.
 *
 * @param partner whose orders
 * @param statuses order statuses to include (empty: all)
 * @param product only orders with a line for this product
 */
public record OrderFilter(PartnerId partner, Set<OrderStatus> statuses, Optional<ProductId> product) {
  /** Copies the statuses. */
  public OrderFilter {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(product, "product");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** All orders of the partner. */
  public static OrderFilter all(PartnerId partner) {
    return new OrderFilter(partner, Set.of(), Optional.empty());
  }

  /** Whether the order passes the filter. */
  public boolean matches(Order order) {
    return order.partner().equals(partner)
        && (statuses.isEmpty() || statuses.contains(order.status()))
        && product.map(order::hasProduct).orElse(true);
  }
}
