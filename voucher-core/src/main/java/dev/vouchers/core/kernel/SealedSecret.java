// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Arrays;

/**
 * A short-lived secret (an invitation token on its way to the e-mail, I-1) sealed with AES-GCM
 * by {@code CodeVault.sealSecret}, so that a store holds it without being able to read it.
 * Opened only by {@code CodeVault.openSecret} with the same associated data.
 */
public final class SealedSecret {

  private final byte[] bytes;

  private SealedSecret(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A sealed secret from its stored bytes.
   *
   * @param bytes the format byte, nonce, ciphertext and tag (copied)
   * @return the sealed secret
   * @throws IllegalArgumentException if there are too few bytes to be a sealed secret
   */
  public static SealedSecret of(byte[] bytes) {
    if (bytes.length < 1 + 12 + 16) {
      throw new IllegalArgumentException("a sealed secret has at least 29 bytes, not "
          + bytes.length);
    }
    return new SealedSecret(bytes.clone());
  }

  /**
   * The bytes to store.
   *
   * @return a copy of the sealed bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedSecret other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SealedSecret[" + bytes.length + " bytes]";
  }
}
