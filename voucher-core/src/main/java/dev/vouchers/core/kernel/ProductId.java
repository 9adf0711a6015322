// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A product's id (P-1).
 *
 * @param value 1..64 non-blank characters
 */
public record ProductId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public ProductId {
    Ids.require(value, "ProductId");
  }

  /** Convenience factory. */
  public static ProductId of(String value) {
    return new ProductId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
