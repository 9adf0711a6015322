// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * C-1, C-5: how codes are kept at rest. A store never holds a plaintext code: it is given a
 * {@link StoredCode} with the code's keyed digest (HMAC-SHA256 of the canonical code under the
 * lookup key), its last four symbols and, in the retrievable mode, the code sealed with AES-GCM
 * under the encryption key, so that the owning partner can be shown it again and export it.
 * In the shown-once mode only the digest and the last four symbols are kept: the codes are
 * shown when the order is placed and never again.
 *
 * <p>Both keys come from the shop's configuration and must stay the same for the life of the
 * data: with another lookup key no stored code is found, with another encryption key none
 * opens. Plain JDK cryptography; thread-safe.
 *
 * <p>Sealed format: one version byte (1), a 12-byte random nonce, then the ciphertext with its
 * 16-byte tag; the digest is the associated data, so a sealed code copied to another row does
 * not open. One encryption key should seal at most 2<sup>32</sup> codes (random nonces).
 */
public final class CodeVault {

  /** The shortest lookup key accepted, in bytes. */
  public static final int MIN_LOOKUP_KEY_BYTES = 32;

  private static final byte FORMAT = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String SECRET_KEY_LABEL = "dev.vouchers/sealed-secret/v1\u0001";

  private final SecretKeySpec lookupKey;
  private final Optional<SecretKeySpec> encryptionKey;
  /** I-1: seals short-lived secrets (invitation tokens in the outbox), in both modes. */
  private final SecretKeySpec secretKey;
  private final SecureRandom nonces = new SecureRandom();
  private final ThreadLocal<Mac> macs;
  private final ThreadLocal<Cipher> ciphers;

  private CodeVault(byte[] lookupKey, Optional<byte[]> encryptionKey) {
    if (lookupKey.length < MIN_LOOKUP_KEY_BYTES) {
      throw new IllegalArgumentException("the code lookup key must have at least "
          + MIN_LOOKUP_KEY_BYTES + " bytes (256 bits); it has " + lookupKey.length);
    }
    encryptionKey.ifPresent(key -> {
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new IllegalArgumentException(
            "the code encryption key must be an AES key of 16, 24 or 32 bytes; it has "
                + key.length);
      }
    });
    this.lookupKey = new SecretKeySpec(lookupKey.clone(), "HmacSHA256");
    this.encryptionKey = encryptionKey.map(key -> new SecretKeySpec(key.clone(), "AES"));
    this.macs = ThreadLocal.withInitial(this::newMac);
    this.ciphers = ThreadLocal.withInitial(CodeVault::newCipher);
    newMac(); // fail now, not at the first code, if the platform lacks the algorithms
    newCipher();
    // I-1: a key of its own for secrets, derived from the lookup key (one HKDF-Expand block
    // with a label), so that sealing works in shown-once mode too and never shares a key with
    // the codes' encryption
    this.secretKey = new SecretKeySpec(
        newMac().doFinal(SECRET_KEY_LABEL.getBytes(StandardCharsets.US_ASCII)), "AES");
  }

  /**
   * Codes kept retrievable by their owning partner (sealed with AES-GCM).
   *
   * @param lookupKey the HMAC key for lookup, at least 32 bytes (copied)
   * @param encryptionKey the AES key, 16, 24 or 32 bytes (copied)
   * @return the vault
   * @throws IllegalArgumentException naming the key that is too short
   */
  public static CodeVault retrievable(byte[] lookupKey, byte[] encryptionKey) {
    return new CodeVault(lookupKey, Optional.of(encryptionKey));
  }

  /**
   * Codes shown once, when the order is placed: only digest and last four symbols are kept.
   *
   * @param lookupKey the HMAC key for lookup, at least 32 bytes (copied)
   * @return the vault
   * @throws IllegalArgumentException if the key is too short
   */
  public static CodeVault shownOnce(byte[] lookupKey) {
    return new CodeVault(lookupKey, Optional.empty());
  }

  /**
   * A retrievable vault with random keys that live only as long as this object: for tests,
   * demos and in-memory stores. Codes stored under it are not found after a restart.
   *
   * @return the vault
   */
  public static CodeVault withRandomKeys() {
    SecureRandom random = new SecureRandom();
    byte[] lookup = new byte[32];
    byte[] encryption = new byte[32];
    random.nextBytes(lookup);
    random.nextBytes(encryption);
    return retrievable(lookup, encryption);
  }

  /**
   * Whether codes can be shown again after the order (retrievable mode).
   *
   * @return true in retrievable mode
   */
  public boolean keepsCodesRetrievable() {
    return encryptionKey.isPresent();
  }

  /**
   * C-4, C-5: the digest a store finds a typed code by.
   *
   * @param code the code in canonical form
   * @return its keyed digest
   */
  public CodeDigest digest(VoucherCode code) {
    Mac mac = macs.get();
    return CodeDigest.of(mac.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * C-1: what a store keeps of a new code.
   *
   * @param code the code
   * @return digest, last four symbols and, in retrievable mode, the sealed code
   */
  public StoredCode seal(VoucherCode code) {
    CodeDigest digest = digest(code);
    if (encryptionKey.isEmpty()) {
      return StoredCode.of(digest, code.lastFour(), Optional.empty());
    }
    byte[] nonce = new byte[NONCE_BYTES];
    nonces.nextBytes(nonce);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey.get(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(digest.bytes());
      byte[] ciphertext = cipher.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII));
      ByteBuffer sealed = ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length);
      sealed.put(FORMAT).put(nonce).put(ciphertext);
      return StoredCode.of(digest, code.lastFour(), Optional.of(sealed.array()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing a voucher code failed", e);
    }
  }

  /**
   * C-5: the code itself, for its owning partner (the caller checks who asks).
   *
   * @param stored the stored code
   * @return the code, or empty if it was stored shown-once or this vault has no encryption key
   * @throws IllegalStateException if the sealed code does not open with this vault's key (another
   *     key, or altered data)
   */
  public Optional<VoucherCode> open(StoredCode stored) {
    Optional<byte[]> sealed = stored.sealed();
    if (sealed.isEmpty() || encryptionKey.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = sealed.get();
    if (bytes.length <= 1 + NONCE_BYTES || bytes[0] != FORMAT) {
      throw new IllegalStateException("a sealed voucher code (ending " + stored.lastFour()
          + ") is not in format " + FORMAT);
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey.get(),
          new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
      cipher.updateAAD(stored.digest().bytes());
      byte[] plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
      return Optional.of(new VoucherCode(new String(plain, StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed voucher code (ending " + stored.lastFour()
          + ") does not open: the encryption key differs from the one it was sealed with,"
          + " or the stored data was altered", e);
    }
  }

  // ------------------------------------------------------------------ I-1: other secrets

  /**
   * I-1: the keyed digest of a secret that is not a voucher code (an invitation token): the
   * HMAC-SHA256 of {@code purpose ':' secret} under the lookup key. The purpose keeps digests
   * of different kinds of secret apart (codes never contain a colon).
   *
   * @param purpose what the secret is, e.g. {@code "invitation"}
   * @param secret the secret
   * @return its keyed digest
   */
  public CodeDigest digestSecret(String purpose, String secret) {
    Mac mac = macs.get();
    return CodeDigest.of(mac.doFinal((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * I-1: seals a secret that must pass through storage to one recipient (an invitation token
   * in the outbox, until the e-mail is sent), with AES-GCM under a key derived from the lookup
   * key, so that it works in both modes. The associated data (e.g. the outbox message id) must
   * be given again to open it: a sealed secret copied elsewhere does not open.
   *
   * @param secret the secret
   * @param associatedData what the sealed secret is bound to
   * @return the sealed secret
   */
  public SealedSecret sealSecret(String secret, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    nonces.nextBytes(nonce);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, secretKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      ByteBuffer sealed = ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length);
      sealed.put(FORMAT).put(nonce).put(ciphertext);
      return SealedSecret.of(sealed.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing a secret failed", e);
    }
  }

  /**
   * I-1: opens a secret sealed by {@link #sealSecret}.
   *
   * @param sealed the sealed secret
   * @param associatedData the data it was sealed with
   * @return the secret
   * @throws IllegalStateException if it does not open (another lookup key, other associated
   *     data, or altered bytes)
   */
  public String openSecret(SealedSecret sealed, byte[] associatedData) {
    byte[] bytes = sealed.bytes();
    if (bytes[0] != FORMAT) {
      throw new IllegalStateException("a sealed secret is not in format " + FORMAT);
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, secretKey,
          new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      byte[] plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed secret does not open: the lookup key differs"
          + " from the one it was sealed with, or the stored data was altered", e);
    }
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

  @Override
  public String toString() {
    return "CodeVault[" + (keepsCodesRetrievable() ? "retrievable" : "shown once") + "]";
  }
}
