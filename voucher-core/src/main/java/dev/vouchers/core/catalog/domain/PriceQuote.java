// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.Money;
import java.util.Objects;

/**
 * A unit price resolved for a tier (T-2), frozen on the order line at order time (T-4).
 *
 * @param unitPrice what the partner pays per unit
 * @param listPrice the configuration's list price
 * @param source which rule produced the unit price
 */
public record PriceQuote(Money unitPrice, Money listPrice, PriceSource source) {
  /** All parts are required and in one currency. */
  public PriceQuote {
    Objects.requireNonNull(source, "source");
    if (!unitPrice.currency().equals(listPrice.currency())) {
      throw new IllegalArgumentException("unit and list price currencies differ");
    }
  }
}
