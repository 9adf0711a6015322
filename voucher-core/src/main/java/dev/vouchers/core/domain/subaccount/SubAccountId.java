// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain.subaccount;

import java.util.Objects;

/**
 * A sub-account's id (I-3).
 *
 * @param value 1..64 non-blank characters
 */
public record SubAccountId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public SubAccountId {
    Objects.requireNonNull(value, "SubAccountId");
    if (value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException(
          "SubAccountId must be 1..64 non-blank characters, got '" + value + "'");
    }
  }

  /** Convenience factory. */
  public static SubAccountId of(String value) {
    return new SubAccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
