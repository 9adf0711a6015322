// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.subaccount.domain.Pricing;
import java.util.List;

/**
 * How the sub-account pages name a pricing (I-3) in their forms (templates call it as
 * {@code sub}): {@value #LIST_PRICES}, {@value #PARTNER_TIER} or {@value #CUSTOM_DISCOUNT}
 * with a percent.
 */
public final class SubAccountFormats {
  /** The standard list prices. */
  public static final String LIST_PRICES = "LIST_PRICES";
  /** The partner's tier prices. */
  public static final String PARTNER_TIER = "PARTNER_TIER";
  /** A discount on the list prices. */
  public static final String CUSTOM_DISCOUNT = "CUSTOM_DISCOUNT";
  static final SubAccountFormats INSTANCE = new SubAccountFormats();

  private SubAccountFormats() {}

  /** The choices of a pricing form, in the order shown. */
  public List<String> kinds() {
    return List.of(LIST_PRICES, PARTNER_TIER, CUSTOM_DISCOUNT);
  }

  /** The form value of a pricing. */
  public String kind(Pricing pricing) {
    if (pricing instanceof Pricing.CustomDiscount) {
      return CUSTOM_DISCOUNT;
    }
    return pricing instanceof Pricing.PartnerTier ? PARTNER_TIER : LIST_PRICES;
  }

  /** The discount in percent of a custom discount, else empty. */
  public String percent(Pricing pricing) {
    return pricing instanceof Pricing.CustomDiscount d ? d.percent().toPlainString() : "";
  }

  /** How a form choice reads. */
  public String label(String kind) {
    return switch (kind) {
      case LIST_PRICES -> "list prices";
      case PARTNER_TIER -> "partner tier prices";
      case CUSTOM_DISCOUNT -> "discount (%)";
      default -> kind;
    };
  }
}
