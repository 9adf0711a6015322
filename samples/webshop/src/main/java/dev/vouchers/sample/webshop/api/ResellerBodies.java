// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the reseller programme's endpoints. As in {@link Bodies},
 * every member is nullable as read; a required one that is missing answers 400.
 */
public final class ResellerBodies {
  private ResellerBodies() {}

  /**
   * An application.
   *
   * @param partner the applicant partner (required)
   */
  public record ApplicationBody(@Nullable String partner) {}

  /**
   * A document of a move.
   *
   * @param documentReference where the contract is kept, 1..200 characters (required)
   */
  public record DocumentBody(@Nullable String documentReference) {}

  /**
   * An approval.
   *
   * @param discountPercent the reseller discount, 0..100 (optional; a number or a decimal
   *     string)
   */
  public record ApprovalBody(@Nullable BigDecimal discountPercent) {}

  /**
   * A reseller discount.
   *
   * @param percent 0..100 (required; a number or a decimal string)
   */
  public record DiscountBody(@Nullable BigDecimal percent) {}

  /**
   * A customer to link.
   *
   * @param customer the customer's id (required)
   */
  public record LinkBody(@Nullable String customer) {}

  /**
   * A new customer.
   *
   * @param name its name, 1..200 characters (required)
   * @param reseller the approved reseller it chose (optional)
   */
  public record SignUpBody(@Nullable String name, @Nullable String reseller) {}

  /**
   * A purchase to price.
   *
   * @param listPrice the price before the reseller discount (required)
   */
  public record PurchaseBody(@Nullable MoneyBody listPrice) {}

  /**
   * An amount of money (T-3).
   *
   * @param amount a decimal string such as {@code "100.00"} (required)
   * @param currency the ISO 4217 code (required)
   */
  public record MoneyBody(@Nullable String amount, @Nullable String currency) {}
}
