// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeDigest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key of a {@link CodeVault}'s ring, ready to use (G-4): its HMAC-SHA256 digests and its
 * AES-GCM sealing, for codes (C-5) and for other secrets (I-1). The byte formats around the
 * ciphertext are the vault's ({@link CodeVault}) and {@link SealedSecrets}'; this class only
 * knows keys, nonces and tags. Thread-safe (one {@link Mac} and one {@link Cipher} per thread).
 */
final class KeySlot {
  static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String SECRET_KEY_LABEL = "dev.vouchers/sealed-secret/v1\u0001";
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(KeySlot::newCipher);

  final String id;
  private final SecretKeySpec lookupKey;
  private final Optional<SecretKeySpec> encryptionKey;
  /** I-1: seals short-lived secrets (invitation tokens in the outbox), in both modes. */
  private final SecretKeySpec secretKey;
  private final ThreadLocal<Mac> macs;

  KeySlot(CodeKey key) {
    this.id = key.id();
    this.lookupKey = new SecretKeySpec(key.lookupKey(), "HmacSHA256");
    this.encryptionKey = key.encryptionKey().map(bytes -> new SecretKeySpec(bytes, "AES"));
    this.macs = ThreadLocal.withInitial(this::newMac);
    // I-1: a key of its own for secrets, derived from the lookup key (one HKDF-Expand block
    // with a label), so that sealing works in shown-once mode too and never shares a key
    // with the codes' encryption
    this.secretKey = new SecretKeySpec(
        newMac().doFinal(SECRET_KEY_LABEL.getBytes(StandardCharsets.US_ASCII)), "AES");
    newCipher(); // fails now if the platform lacks AES/GCM
  }

  /** Whether this key seals codes (retrievable mode) or only digests them (shown once). */
  boolean seals() {
    return encryptionKey.isPresent();
  }

  CodeDigest digest(String canonical) {
    return CodeDigest.of(macs.get().doFinal(canonical.getBytes(StandardCharsets.US_ASCII)));
  }

  CodeDigest digestSecret(String purpose, String secret) {
    return CodeDigest.of(
        macs.get().doFinal((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8)));
  }

  /** C-5: the ciphertext (with its tag) of a code under the encryption key; needs {@link #seals}. */
  byte[] sealCode(byte[] nonce, byte[] associatedData, byte[] plain)
      throws GeneralSecurityException {
    return encrypt(encryptionKey.orElseThrow(), nonce, associatedData, plain);
  }

  /** C-5: a code's plain bytes from {@code sealed[offset..]}: nonce, then ciphertext. */
  byte[] openCode(byte[] sealed, int offset, byte[] associatedData)
      throws GeneralSecurityException {
    return decrypt(encryptionKey.orElseThrow(), sealed, offset, associatedData);
  }

  /** I-1: the ciphertext (with its tag) of a secret under the key derived for secrets. */
  byte[] sealSecret(byte[] nonce, byte[] associatedData, byte[] plain)
      throws GeneralSecurityException {
    return encrypt(secretKey, nonce, associatedData, plain);
  }

  /** I-1: a secret's plain bytes from {@code sealed[offset..]}: nonce, then ciphertext. */
  byte[] openSecret(byte[] sealed, int offset, byte[] associatedData)
      throws GeneralSecurityException {
    return decrypt(secretKey, sealed, offset, associatedData);
  }

  static byte[] nonce(SecureRandom random) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    return nonce;
  }

  private static byte[] encrypt(SecretKeySpec key, byte[] nonce, byte[] associatedData,
      byte[] plain) throws GeneralSecurityException {
    Cipher cipher = CIPHERS.get();
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(plain);
  }

  private static byte[] decrypt(SecretKeySpec key, byte[] sealed, int offset,
      byte[] associatedData) throws GeneralSecurityException {
    if (sealed.length - offset - NONCE_BYTES < TAG_BITS / 8) {
      // altered or truncated data: the JDK's GCM answers a ciphertext shorter than its tag
      // with an unchecked ProviderException, which the callers' "does not open" would miss
      throw new AEADBadTagException("the ciphertext is shorter than its tag");
    }
    Cipher cipher = CIPHERS.get();
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset,
        NONCE_BYTES));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(sealed, offset + NONCE_BYTES, sealed.length - offset - NONCE_BYTES);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(lookupKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available", e);
    }
  }
}
