// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A user of the webshop acting for a partner or for the vendor.
 *
 * @param value 1..64 non-blank characters
 */
public record UserId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public UserId {
    Ids.require(value, "UserId");
  }

  /** Convenience factory. */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
