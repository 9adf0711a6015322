// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Objects;

/**
 * Shared checks for the typed identifiers: {@link Text#checkId} (non-blank, at most
 * {@link Text#ID} characters, one line without control characters or unpaired surrogates).
 */
public final class Ids {
  public static final int MAX_LENGTH = Text.ID;

  private Ids() {}

  /** Throws (a broken invariant) with a short message that never echoes the value (L-4). */
  public static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    Text.checkId(what, value).ifPresent(reason -> {
      throw new IllegalArgumentException(reason.message());
    });
    return value;
  }
}
