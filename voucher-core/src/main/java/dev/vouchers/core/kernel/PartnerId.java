// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A reseller partner's id.
 *
 * @param value 1..64 non-blank characters
 */
public record PartnerId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public PartnerId {
    Ids.require(value, "PartnerId");
  }

  /** Convenience factory. */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
