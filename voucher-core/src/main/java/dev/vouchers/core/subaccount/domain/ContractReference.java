// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Objects;

/**
 * I-3: the vendor's reference of a contract attached to a sub-account (a contract number).
 *
 * @param value 1..64 non-blank characters
 */
public record ContractReference(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public ContractReference {
    Objects.requireNonNull(value, "ContractReference");
    if (value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException(
          "a contract reference must be 1..64 non-blank characters, got " + value.length());
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
