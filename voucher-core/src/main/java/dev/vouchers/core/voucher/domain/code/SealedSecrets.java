// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * I-1, G-4: the byte format of a {@link SealedSecret}, for {@link CodeVault#sealSecret} and
 * {@link CodeVault#openSecret}. Format 1 (no key id) is the {@link CodeKey#INITIAL} key's,
 * format 2 has the key id after the version byte (one length byte, the id); then a 12-byte
 * nonce and the AES-GCM ciphertext with its tag.
 */
final class SealedSecrets {
  private static final byte FORMAT = 1;
  private static final byte FORMAT_WITH_KEY_ID = 2;

  private SealedSecrets() {}

  static SealedSecret seal(KeySlot key, SecureRandom nonces, String secret,
      byte[] associatedData) {
    byte[] nonce = KeySlot.nonce(nonces);
    // format 1 for the initial key: what sealed secrets were before key ids
    byte[] keyId = key.id.equals(CodeKey.INITIAL)
        ? new byte[0] : key.id.getBytes(StandardCharsets.US_ASCII);
    try {
      byte[] ciphertext = key.sealSecret(nonce, associatedData,
          secret.getBytes(StandardCharsets.UTF_8));
      ByteBuffer sealed = ByteBuffer.allocate(
          (keyId.length == 0 ? 1 : 2 + keyId.length) + KeySlot.NONCE_BYTES + ciphertext.length);
      if (keyId.length == 0) {
        sealed.put(FORMAT);
      } else {
        sealed.put(FORMAT_WITH_KEY_ID).put((byte) keyId.length).put(keyId);
      }
      sealed.put(nonce).put(ciphertext);
      return SealedSecret.of(sealed.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing a secret failed", e);
    }
  }

  static String open(Map<String, KeySlot> keys, SealedSecret sealed, byte[] associatedData) {
    byte[] bytes = sealed.bytes();
    int offset;
    String keyId;
    if (bytes[0] == FORMAT) {
      offset = 1;
      keyId = CodeKey.INITIAL;
    } else if (bytes[0] == FORMAT_WITH_KEY_ID && bytes.length > 2 && bytes.length > 2 + bytes[1]) {
      offset = 2 + bytes[1];
      keyId = new String(bytes, 2, bytes[1], StandardCharsets.US_ASCII);
    } else {
      throw new IllegalStateException("a sealed secret is not in format " + FORMAT + " or "
          + FORMAT_WITH_KEY_ID);
    }
    KeySlot key = keys.get(keyId);
    if (key == null || bytes.length <= offset + KeySlot.NONCE_BYTES) {
      throw new IllegalStateException("a sealed secret is sealed under code key \"" + keyId
          + "\", which is not in the key ring " + keys.keySet());
    }
    try {
      return new String(key.openSecret(bytes, offset, associatedData), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed secret does not open: the lookup key of code"
          + " key \"" + keyId + "\" differs from the one it was sealed with, or the stored data"
          + " was altered", e);
    }
  }
}
