// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * a customer's purchase priced at the instant it was made, with the reseller discount in
 * force then. The shop keeps it with its order: the price is frozen, so a later link, unlink
 * or discount change never alters it (as T-4 freezes an order line's unit price).
 *
 * @param customer who bought
 * @param at when (the instant the price was decided at)
 * @param listPrice the price before the reseller discount
 * @param discount the reseller discount that applied, if the customer had a reseller then
 * @param price what the customer pays
 */
public record CustomerPurchase(
    CustomerId customer, Instant at, Money listPrice, Optional<ResellerDiscount> discount,
    Money price) {

  /** Every part required; list price and price are in one currency. */
  public CustomerPurchase {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(discount, "discount");
    if (!listPrice.currency().equals(price.currency())) {
      throw new IllegalArgumentException("list price and price differ in currency");
    }
  }

  /**
   * R-2, T-3: the purchase at {@code at} with the given discount, rounded explicitly to the
   * currency's minor unit.
   */
  public static CustomerPurchase priced(
      CustomerId customer, Money listPrice, Instant at, Optional<ResellerDiscount> discount,
      RoundingMode rounding) {
    BigDecimal percent = discount.map(ResellerDiscount::percent).orElse(BigDecimal.ZERO);
    return new CustomerPurchase(customer, at, listPrice, discount,
        listPrice.discounted(percent, rounding));
  }

  /**
   * the purchase at {@code at}, discounted if the customer belonged to a reseller at that
   * instant (its link had started, and not ended), with the reseller's discount in force then.
   *
   * @param discounts a reseller's discount changes, oldest first
   */
  public static CustomerPurchase priced(
      CustomerLinkHistory links, Money listPrice, Instant at,
      Function<PartnerId, List<DiscountChange>> discounts, RoundingMode rounding) {
    return priced(links.customer(), listPrice, at, links.discountAt(at, discounts), rounding);
  }
}
