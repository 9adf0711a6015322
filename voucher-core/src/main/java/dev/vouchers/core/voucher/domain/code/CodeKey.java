// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * G-4: one generation of the keys that protect codes at rest, named by an id that every digest
 * and sealed code records: the HMAC lookup key and, where codes are kept retrievable, the AES
 * encryption key. A {@link CodeKeyRing} holds the current one and older ones.
 *
 * <p>The id is 1 to 32 of {@code a-z 0-9 . _ -}. Data stored before key ids existed is read as
 * stored under {@link #INITIAL}, the id of the key the one-key vaults
 * ({@link CodeVault#retrievable}, {@link CodeVault#shownOnce}) hold.
 */
public final class CodeKey {

  /** The id of the key of before rotation: the default of every stored key id. */
  public static final String INITIAL = "initial";

  private static final Pattern ID = Pattern.compile("[a-z0-9._-]{1,32}");

  private final String id;
  private final byte[] lookupKey;
  private final byte @Nullable [] encryptionKey;

  private CodeKey(String id, byte[] lookupKey, byte @Nullable [] encryptionKey) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a code key id must be 1 to 32 of a-z 0-9 . _ -;"
          + " it is \"" + id + "\"");
    }
    if (lookupKey.length < CodeVault.MIN_LOOKUP_KEY_BYTES) {
      throw new IllegalArgumentException("the code lookup key must have at least "
          + CodeVault.MIN_LOOKUP_KEY_BYTES + " bytes (256 bits); it has " + lookupKey.length
          + named(id));
    }
    if (encryptionKey != null && encryptionKey.length != 16 && encryptionKey.length != 24
        && encryptionKey.length != 32) {
      throw new IllegalArgumentException(
          "the code encryption key must be an AES key of 16, 24 or 32 bytes; it has "
              + encryptionKey.length + named(id));
    }
    this.id = id;
    this.lookupKey = lookupKey.clone();
    this.encryptionKey = encryptionKey == null ? null : encryptionKey.clone();
  }

  /** The key named in a message, unless it is the only key of before rotation. */
  private static String named(String id) {
    return id.equals(INITIAL) ? "" : " (code key \"" + id + "\")";
  }

  /**
   * A key for codes kept retrievable.
   *
   * @param id the key id
   * @param lookupKey the HMAC key, at least 32 bytes (copied)
   * @param encryptionKey the AES key, 16, 24 or 32 bytes (copied)
   * @return the key
   * @throws IllegalArgumentException naming the key and what is wrong with it
   */
  public static CodeKey retrievable(String id, byte[] lookupKey, byte[] encryptionKey) {
    return new CodeKey(id, lookupKey, Objects.requireNonNull(encryptionKey, "encryptionKey"));
  }

  /**
   * A key for codes shown once (lookup only).
   *
   * @param id the key id
   * @param lookupKey the HMAC key, at least 32 bytes (copied)
   * @return the key
   * @throws IllegalArgumentException naming the key and what is wrong with it
   */
  public static CodeKey shownOnce(String id, byte[] lookupKey) {
    return new CodeKey(id, lookupKey, null);
  }

  /**
   * The key's id, as stored beside every digest and sealed code.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Whether codes stored under this key can be opened (retrievable mode).
   *
   * @return true with an encryption key
   */
  public boolean opensCodes() {
    return encryptionKey != null;
  }

  byte[] lookupKey() {
    return lookupKey.clone();
  }

  Optional<byte[]> encryptionKey() {
    return encryptionKey == null ? Optional.empty() : Optional.of(encryptionKey.clone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeKey other && id.equals(other.id)
        && Arrays.equals(lookupKey, other.lookupKey)
        && Arrays.equals(encryptionKey, other.encryptionKey);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "CodeKey[" + id + (opensCodes() ? ", retrievable]" : ", shown once]");
  }
}
