// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.Text;
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
    // L-4: 1..64 characters of one line of storable text; the message does not echo the value
    Text.checkId("SubAccountId", value).ifPresent(reason -> {
      throw new IllegalArgumentException(reason.message());
    });
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
