// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.util.Objects;

/** Shared checks for the typed identifiers. */
final class Ids {
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be 1.." + MAX_LENGTH + " non-blank characters, got '" + value + "'");
    }
    return value;
  }
}
