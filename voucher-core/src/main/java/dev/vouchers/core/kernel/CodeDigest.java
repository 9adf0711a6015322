// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * C-1, C-5: the keyed hash (HMAC-SHA256) of a code's canonical form, by which a store finds a
 * voucher without holding its code. Equal codes have equal digests under one key; the digest
 * reveals nothing about the code to whoever lacks the key. Made by {@code CodeVault.digest}.
 */
public final class CodeDigest {

  /** The length of a digest in bytes. */
  public static final int LENGTH = 32;

  private final byte[] bytes;

  private CodeDigest(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A digest from its stored bytes.
   *
   * @param bytes exactly {@value #LENGTH} bytes (copied)
   * @return the digest
   * @throws IllegalArgumentException if the length is wrong
   */
  public static CodeDigest of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "a code digest has " + LENGTH + " bytes, not " + bytes.length);
    }
    return new CodeDigest(bytes.clone());
  }

  /**
   * The digest's bytes.
   *
   * @return a copy of the {@value #LENGTH} bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The digest in lower-case hexadecimal, for stores that keep text.
   *
   * @return 64 hexadecimal digits
   */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeDigest other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    // the bytes are uniformly distributed: the first four are a good hash
    return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8
        | (bytes[3] & 0xff);
  }

  @Override
  public String toString() {
    return "CodeDigest[" + hex().substring(0, 8) + "…]";
  }
}
