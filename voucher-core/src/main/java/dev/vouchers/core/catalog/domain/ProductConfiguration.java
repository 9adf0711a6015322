// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.ProductId;
import java.util.Objects;

/**
 * What exactly is bought (T-2, O-2): a product with a validity, a number of FQDNs and of
 * wildcards. The price book is keyed by it.
 *
 * @param product the product
 * @param validityYears certificate validity in years, at least 1
 * @param fqdns number of fully qualified domain names, at least 0
 * @param wildcards number of wildcard names, at least 0
 */
public record ProductConfiguration(ProductId product, int validityYears, int fqdns, int wildcards) {
  /** Non-negative counts and a positive validity are invariants. */
  public ProductConfiguration {
    Objects.requireNonNull(product, "product");
    if (validityYears < 1 || fqdns < 0 || wildcards < 0) {
      throw new IllegalArgumentException(
          "validity must be >= 1 and counts >= 0: " + validityYears + "y, " + fqdns + " FQDNs, "
              + wildcards + " wildcards");
    }
  }

  /** Convenience factory. */
  public static ProductConfiguration of(ProductId product, int years, int fqdns, int wildcards) {
    return new ProductConfiguration(product, years, fqdns, wildcards);
  }

  @Override
  public String toString() {
    return product + "/" + validityYears + "y/" + fqdns + "fqdn/" + wildcards + "wc";
  }
}
