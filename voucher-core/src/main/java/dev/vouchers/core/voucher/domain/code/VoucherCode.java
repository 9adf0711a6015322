// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.Crockford;
import java.util.Objects;

/**
 * A voucher code in canonical form: upper-case Crockford symbols, prefix and check symbol
 * included, no hyphens. Obtain one from {@link CodeGenerator} or {@link CodeFormat#parse}; display
 * it with {@link CodeFormat#format(VoucherCode)}.
 *
 * <p>A code is a secret (rule C-2). {@link #toString()} therefore masks it, so that logging a code
 * or an object holding one does not leak it; call {@link #reveal()} where the code itself is
 * needed (storage, delivery to the customer).
 *
 * @param canonical the canonical symbols; prefer {@link #reveal()}, which states the intent
 */
public record VoucherCode(String canonical) {

  private static final int SHOWN = 4;
  private static final int MIN_HIDDEN = 8;

  /**
   * Creates a code from canonical symbols.
   *
   * @param canonical the canonical symbols (prefix and check symbol included, no hyphens)
   * @throws IllegalArgumentException if {@code canonical} is empty or contains anything but the 32
   *     upper-case symbols of {@link Crockford#ALPHABET}
   */
  public VoucherCode {
    Objects.requireNonNull(canonical, "canonical");
    if (canonical.isEmpty()) {
      throw new IllegalArgumentException("a voucher code must not be empty");
    }
    for (int i = 0, n = canonical.length(); i < n; i++) {
      if (Crockford.valueOf(canonical.charAt(i)) < 0) {
        throw new IllegalArgumentException(
            "a voucher code must be canonical Crockford symbols; position "
                + (i + 1)
                + " is not");
      }
    }
  }

  /**
   * Returns the last four canonical symbols, e.g. for "code ending in …" in support tools.
   *
   * @return the last four symbols, or all of them if the code is shorter
   */
  public String lastFour() {
    return canonical.substring(Math.max(0, canonical.length() - SHOWN));
  }

  /**
   * Returns the secret code itself.
   *
   * @return the canonical symbols
   */
  public String reveal() {
    return canonical;
  }

  /**
   * Returns a masked form that does not reveal the code, such as {@code VoucherCode[****WXYZ]}. The
   * last four symbols are shown only when at least eight further symbols stay hidden; shorter codes
   * are fully masked.
   *
   * @return the masked form
   */
  @Override
  public String toString() {
    return canonical.length() >= SHOWN + MIN_HIDDEN
        ? "VoucherCode[****" + lastFour() + "]"
        : "VoucherCode[****]";
  }
}
