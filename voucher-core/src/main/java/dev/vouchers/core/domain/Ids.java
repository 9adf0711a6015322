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
    // L-4: an id is one line of storable text (every database stores it unchanged); the
    // message does not echo the value
    if (!Text.storable(value, Text.Kind.SINGLE_LINE)) {
      throw new IllegalArgumentException(what + " must be one line without control characters,"
          + " unpaired surrogates or noncharacters");
    }
    return value;
  }
}
