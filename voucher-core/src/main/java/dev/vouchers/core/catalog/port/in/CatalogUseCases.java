// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.in;

/**
 * The use cases of the catalog: products and the price book (P-1, T-2), as one programme hands them
 * out ({@code programme.catalog()}). Each is wired once; the state-changing ones publish their
 * refusals (V-3).
 */
public interface CatalogUseCases {
  /** P-1. */
  DefineProduct defineProduct();

  /** T-2. */
  PublishPriceBook publishPriceBook();

  /** T-2: the prices one partner pays. */
  ShowPriceList showPriceList();
}
