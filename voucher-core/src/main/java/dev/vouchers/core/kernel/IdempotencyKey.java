// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * G-3: the key a caller gives a creating or sending command (an order, an activation link, an
 * invitation, a subscription purchase, a reseller application) so that sending it again, after
 * a lost answer or a double click, does nothing twice: the same key with the same request
 * answers with the first result; the same key with another request is refused. Keys belong to
 * the caller who gave them ({@code IdempotentRequest#scope}): another caller's equal key is
 * another key.
 *
 * <p>Any string is a key (a UUID is the usual choice, as with Stripe's {@code Idempotency-Key}
 * header); stores keep only its {@link #digest()}, so every key has one length at rest.
 *
 * @param value the key as the caller gave it
 */
public record IdempotencyKey(String value) {
  /** Required. */
  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
  }

  /** Shorthand constructor. */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  /** The SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits: what stores keep. */
  public String digest() {
    return sha256(value);
  }

  /**
   * The SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits (the digests an
   * idempotency store keeps).
   */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A prefix of the digest, never the key (keys may be guessable from logs otherwise). */
  @Override
  public String toString() {
    return "IdempotencyKey[" + digest().substring(0, 12) + "]";
  }
}
