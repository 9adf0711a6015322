// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * G-1: who tries codes, as the shop chooses to name the caller: the client's address, a
 * session id or an account. Failed code attempts are counted per key. Any string is a key
 * (the empty one too: every caller without a key then shares it); stores keep only its
 * {@link #digest()}, so an address is not kept at rest and every key has the same length.
 *
 * @param value the key as the shop names it
 */
public record CallerKey(String value) {
  /** Required. */
  public CallerKey {
    Objects.requireNonNull(value, "value");
  }

  /** Shorthand constructor. */
  public static CallerKey of(String value) {
    return new CallerKey(value);
  }

  /** The SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits: what stores keep. */
  public String digest() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the key itself (an address is personal data): a prefix of its digest. */
  @Override
  public String toString() {
    return "CallerKey[" + digest().substring(0, 12) + "]";
  }
}
