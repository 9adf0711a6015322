// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import java.util.function.Function;

/** Typed ids from path and query parameters: a malformed id answers 400, never 500. */
final class Ids {
  private Ids() {}

  /**
   * Parses an id with its typed factory ({@code OrderId::of}, {@code VoucherId::of}, ...),
   * which throws for a blank or over-long value.
   */
  static <T> T parse(String raw, String what, Function<String, T> factory) {
    try {
      return factory.apply(raw);
    } catch (IllegalArgumentException e) {
      throw Problems.malformed(what + " is not a valid id: 1..64 non-blank characters");
    }
  }
}
