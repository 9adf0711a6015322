// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import java.util.Objects;

/**
 * M-1: a code imported from an earlier system, in the canonical form of its {@link
 * ImportFormat} (separators dropped, case folded unless it matters). It is a secret like a
 * {@link VoucherCode}: {@link #toString()} masks it. The {@link CodeVault} digests and seals it
 * like a native code, so a store cannot tell the two apart.
 *
 * @param canonical the canonical symbols; prefer {@link #reveal()}
 */
public record ImportedCode(String canonical) {

  /**
   * Creates a code from canonical symbols.
   *
   * @param canonical ASCII letters and digits, not empty
   * @throws IllegalArgumentException otherwise (without echoing the code)
   */
  public ImportedCode {
    Objects.requireNonNull(canonical, "canonical");
    if (canonical.isEmpty() || !canonical.chars().allMatch(ImportedCode::symbol)) {
      throw new IllegalArgumentException("an imported code is ASCII letters and digits");
    }
  }

  static boolean symbol(int c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /**
   * The code itself.
   *
   * @return the canonical symbols
   */
  public String reveal() {
    return canonical;
  }

  /**
   * The last four symbols (all of a shorter code), for "code ending in …".
   *
   * @return the last four symbols
   */
  public String lastFour() {
    return canonical.substring(Math.max(0, canonical.length() - 4));
  }

  @Override
  public String toString() {
    return canonical.length() >= 12 ? "ImportedCode[****" + lastFour() + "]" : "ImportedCode[****]";
  }
}
