// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Money;
import java.util.Objects;

/**
 * O-2, O-3, T-4: one line of an order with the unit price frozen at order time.
 *
 * @param number 1-based line number
 * @param configuration what was bought
 * @param productName the product's name at order time
 * @param quantity how many vouchers
 * @param price the resolved unit price (T-2), never re-resolved (T-4)
 */
public record OrderLine(
    int number, ProductConfiguration configuration, String productName, int quantity,
    PriceQuote price) {

  /** Positive number and quantity. */
  public OrderLine {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(price, "price");
    if (number < 1 || quantity < 1) {
      throw new IllegalArgumentException("line number and quantity are positive");
    }
  }

  /** The unit price (O-3). */
  public Money unitPrice() {
    return price.unitPrice();
  }

  /** O-3: unit price × quantity. */
  public Money lineTotal() {
    return price.unitPrice().times(quantity);
  }
}
