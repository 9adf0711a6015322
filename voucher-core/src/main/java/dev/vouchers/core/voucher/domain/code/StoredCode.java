// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * C-1, C-5: a voucher code as a store keeps it: never the code itself, but its keyed
 * {@link CodeDigest} for lookup, its last four symbols for "code ending in …", and, when the
 * programme keeps codes retrievable, the code sealed with AES-GCM so that its owning partner
 * can be shown it again. Made by {@link CodeVault#seal}, opened by {@link CodeVault#open}.
 * G-4: it records the id of the {@link CodeKey} its digest and sealed code were made with.
 */
public final class StoredCode {

  private final CodeDigest digest;
  private final String lastFour;
  private final byte @Nullable [] sealed;
  private final String keyId;

  private StoredCode(CodeDigest digest, String lastFour, byte @Nullable [] sealed, String keyId) {
    this.digest = digest;
    this.lastFour = lastFour;
    this.sealed = sealed;
    this.keyId = keyId;
  }

  /**
   * A stored code from its parts, as read back from storage.
   *
   * @param digest the keyed digest
   * @param lastFour the last four canonical symbols (fewer for shorter codes), not blank
   * @param sealed the sealed code (nonce and ciphertext), or empty in shown-once mode
   * @return the stored code
   * @throws IllegalArgumentException if {@code lastFour} is blank, longer than four symbols or
   *     not ASCII letters and digits (canonical Crockford symbols, or an imported code's, M-1)
   */
  public static StoredCode of(CodeDigest digest, String lastFour, Optional<byte[]> sealed) {
    return of(digest, lastFour, sealed, CodeKey.INITIAL);
  }

  /**
   * G-4: a stored code from its parts with the id of the key it is stored under.
   *
   * @param digest the keyed digest
   * @param lastFour the last four canonical symbols (fewer for shorter codes), not blank
   * @param sealed the sealed code (nonce and ciphertext), or empty in shown-once mode
   * @param keyId the id of the {@link CodeKey} digest and sealed code were made with
   * @return the stored code
   * @throws IllegalArgumentException if {@code lastFour} is blank, longer than four symbols or
   *     not canonical Crockford symbols, or the key id is blank
   */
  public static StoredCode of(
      CodeDigest digest, String lastFour, Optional<byte[]> sealed, String keyId) {
    Objects.requireNonNull(digest, "digest");
    if (keyId.isBlank()) {
      throw new IllegalArgumentException("the key id of a stored code must not be blank");
    }
    if (lastFour.isEmpty() || lastFour.length() > 4 || !symbols(lastFour)) {
      // canonical Crockford symbols, or (M-1) an imported code's ASCII letters and digits
      throw new IllegalArgumentException(
          "the last four symbols of a code must be 1 to 4 ASCII letters or digits");
    }
    return new StoredCode(digest, lastFour, sealed.map(byte[]::clone).orElse(null), keyId);
  }

  /** A loop, not a stream: a store builds a million of these in one export (issue 12). */
  private static boolean symbols(String lastFour) {
    for (int i = 0; i < lastFour.length(); i++) {
      if (!ImportedCode.symbol(lastFour.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * G-4: the id of the key digest and sealed code were made with ({@link CodeKey#INITIAL} for
   * codes stored before key rotation).
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The keyed digest a store finds the voucher by.
   *
   * @return the digest
   */
  public CodeDigest digest() {
    return digest;
  }

  /**
   * The last four canonical symbols, which may be shown to anyone allowed to see the voucher.
   *
   * @return the last four symbols
   */
  public String lastFour() {
    return lastFour;
  }

  /**
   * The sealed code (12-byte nonce followed by the AES-GCM ciphertext and tag), present when
   * codes are kept retrievable.
   *
   * @return a copy of the sealed bytes, or empty in shown-once mode
   */
  public Optional<byte[]> sealed() {
    return sealed == null ? Optional.empty() : Optional.of(sealed.clone());
  }

  /**
   * Whether the code can be recovered with the programme's key.
   *
   * @return true when sealed bytes are kept
   */
  public boolean retrievable() {
    return sealed != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredCode other && digest.equals(other.digest)
        && lastFour.equals(other.lastFour) && Arrays.equals(sealed, other.sealed)
        && keyId.equals(other.keyId);
  }

  @Override
  public int hashCode() {
    return digest.hashCode();
  }

  @Override
  public String toString() {
    return "StoredCode[****" + lastFour + (sealed == null ? ", shown once]" : "]");
  }
}
