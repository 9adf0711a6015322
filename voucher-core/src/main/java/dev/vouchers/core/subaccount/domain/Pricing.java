// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.Percentages;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * I-3: which prices a sub-account pays: the standard list prices (the default after I-3), the
 * prices of its partner's tier (T-2), or a custom discount on the list prices.
 */
public sealed interface Pricing permits Pricing.ListPrices, Pricing.PartnerTier,
    Pricing.CustomDiscount {

  /** The standard (list) prices of the price book (T-2). */
  static Pricing listPrices() {
    return new ListPrices();
  }

  /** The prices of the parent partner's tier (T-2). */
  static Pricing partnerTier() {
    return new PartnerTier();
  }

  /** A discount in percent on the list prices, more than 0 and at most 100. */
  static Pricing discount(BigDecimal percent) {
    return new CustomDiscount(percent);
  }

  /** A short description for history entries and views, e.g. {@code "discount 12.5%"}. */
  String describe();

  /** Standard list prices. */
  record ListPrices() implements Pricing {
    @Override
    public String describe() {
      return "list prices";
    }
  }

  /** The parent partner's tier prices. */
  record PartnerTier() implements Pricing {
    @Override
    public String describe() {
      return "partner tier prices";
    }
  }

  /**
   * A custom discount on the list prices.
   *
   * @param percent more than 0 and at most 100, trailing zeros stripped (10.0 equals 10)
   */
  record CustomDiscount(BigDecimal percent) implements Pricing {
    /** 0 &lt; percent &lt;= 100, at most four decimals. */
    public CustomDiscount {
      Objects.requireNonNull(percent, "percent");
      if (percent.signum() <= 0 || !Percentages.isPercent(percent)) {
        throw new IllegalArgumentException(
            "a discount is more than 0 and at most 100 percent, with at most four decimals");
      }
      percent = percent.stripTrailingZeros();
      if (percent.scale() < 0) {
        percent = percent.setScale(0);
      }
    }

    @Override
    public String describe() {
      return "discount " + percent.toPlainString() + "%";
    }
  }
}
