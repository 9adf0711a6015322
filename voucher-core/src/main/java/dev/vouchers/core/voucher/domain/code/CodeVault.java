// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.SealedSecret;
import dev.vouchers.core.kernel.Secrets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C-1, C-5: how codes are kept at rest. A store never holds a plaintext code: it is given a
 * {@link StoredCode} with the code's keyed digest (HMAC-SHA256 of the canonical code under the
 * lookup key), its last four symbols and, in the retrievable mode, the code sealed with AES-GCM
 * under the encryption key, so that the owning partner can be shown it again and export it.
 * In the shown-once mode only the digest and the last four symbols are kept: the codes are
 * shown when the order is placed and never again.
 *
 * <p>The keys come from the shop's configuration as a {@link CodeKeyRing} (G-4, ADR 0051): the
 * current key digests and seals every new code and secret; a code is found under the current
 * key or any older one ({@link #digests}, current first) and opened with the key its
 * {@link StoredCode#keyId() key id} names; {@link #rekey} moves a retrievable code to the
 * current key. A key may leave the ring only when no stored row refers to it any more: without
 * its lookup key the codes under it are not found, without its encryption key they do not
 * open. Plain JDK cryptography; thread-safe.
 *
 * <p>Sealed format: one version byte (1), a 12-byte random nonce, then the ciphertext with its
 * 16-byte tag; the digest is the associated data, so a sealed code copied to another row does
 * not open. One encryption key should seal at most 2<sup>32</sup> codes (random nonces).
 * Sealed secrets ({@link #sealSecret}) carry their key id themselves: format 1 (no id) is the
 * {@link CodeKey#INITIAL} key's, format 2 has the id after the version byte.
 */
public final class CodeVault implements Secrets {

  /** The shortest lookup key accepted, in bytes. */
  public static final int MIN_LOOKUP_KEY_BYTES = 32;

  private static final byte FORMAT = 1;

  private final CodeKeyRing ring;
  private final KeySlot current;
  /** Every key by id, the current one first, then the older ones newest first. */
  private final Map<String, KeySlot> slots = new LinkedHashMap<>();
  private final SecureRandom nonces = new SecureRandom();

  private CodeVault(CodeKeyRing ring) {
    this.ring = ring;
    this.current = new KeySlot(ring.current()); // fails now if the platform lacks a primitive
    slots.put(current.id, current);
    ring.older().forEach(key -> slots.put(key.id(), new KeySlot(key)));
  }

  /**
   * G-4: a vault over a key ring: the ring's current key stores new codes, its older keys still
   * find and open the codes stored under them.
   *
   * @param ring the keys
   * @return the vault
   */
  public static CodeVault of(CodeKeyRing ring) {
    return new CodeVault(ring);
  }

  /**
   * Codes kept retrievable by their owning partner (sealed with AES-GCM), under one key with id
   * {@link CodeKey#INITIAL}.
   *
   * @param lookupKey the HMAC key for lookup, at least 32 bytes (copied)
   * @param encryptionKey the AES key, 16, 24 or 32 bytes (copied)
   * @return the vault
   * @throws IllegalArgumentException naming the key that is too short
   */
  public static CodeVault retrievable(byte[] lookupKey, byte[] encryptionKey) {
    return of(CodeKeyRing.of(CodeKey.retrievable(CodeKey.INITIAL, lookupKey, encryptionKey)));
  }

  /**
   * Codes shown once, when the order is placed: only digest and last four symbols are kept.
   * One key with id {@link CodeKey#INITIAL}.
   *
   * @param lookupKey the HMAC key for lookup, at least 32 bytes (copied)
   * @return the vault
   * @throws IllegalArgumentException if the key is too short
   */
  public static CodeVault shownOnce(byte[] lookupKey) {
    return of(CodeKeyRing.of(CodeKey.shownOnce(CodeKey.INITIAL, lookupKey)));
  }

  /**
   * A retrievable vault with random keys that live only as long as this object: for tests,
   * demos and in-memory stores. Codes stored under it are not found after a restart.
   *
   * @return the vault
   */
  public static CodeVault withRandomKeys() {
    return of(CodeKeyRing.of(randomKey(CodeKey.INITIAL)));
  }

  /**
   * A retrievable key with random bytes: for tests and demos of rotation.
   *
   * @param id the key id
   * @return the key
   */
  public static CodeKey randomKey(String id) {
    SecureRandom random = new SecureRandom();
    byte[] lookup = new byte[32];
    byte[] encryption = new byte[32];
    random.nextBytes(lookup);
    random.nextBytes(encryption);
    return CodeKey.retrievable(id, lookup, encryption);
  }

  /**
   * G-4: the keys of this vault.
   *
   * @return the key ring
   */
  public CodeKeyRing keyRing() {
    return ring;
  }

  /**
   * G-4: the id of the key new codes and secrets are stored under.
   *
   * @return the current key's id
   */
  public String currentKeyId() {
    return current.id;
  }

  /**
   * Whether codes can be shown again after the order (retrievable mode).
   *
   * @return true in retrievable mode
   */
  public boolean keepsCodesRetrievable() {
    return current.seals();
  }

  /**
   * C-4, C-5: the digest a store keeps of a new code: under the current key.
   *
   * @param code the code in canonical form
   * @return its keyed digest
   */
  public CodeDigest digest(VoucherCode code) {
    return current.digest(code.reveal());
  }

  /**
   * C-4, G-4: the digests a typed code may be stored under: under the current key first, then
   * under each older key, newest first. A store looks them up in one query.
   *
   * @param code the code in canonical form
   * @return its candidate digests, at least one
   */
  public List<CodeDigest> digests(VoucherCode code) {
    return digests(code.reveal());
  }

  /**
   * M-1, C-4, C-5: the digest a store finds an imported code by, under the current key: the
   * same function as for a native code, so an imported code and a native code with the same
   * symbols clash.
   *
   * @param code the imported code in the canonical form of its format
   * @return its keyed digest
   */
  public CodeDigest digest(ImportedCode code) {
    return current.digest(code.reveal());
  }

  /**
   * M-1, G-4: the digests a typed imported code may be stored under, current key first.
   *
   * @param code the imported code in the canonical form of its format
   * @return its candidate digests, at least one
   */
  public List<CodeDigest> digests(ImportedCode code) {
    return digests(code.reveal());
  }

  private List<CodeDigest> digests(String canonical) {
    List<CodeDigest> digests = new ArrayList<>(slots.size());
    slots.values().forEach(slot -> digests.add(slot.digest(canonical)));
    return List.copyOf(digests);
  }

  /**
   * M-1, C-1: what a store keeps of an imported code, as {@link #seal(VoucherCode)} does for a
   * native one.
   *
   * @param code the imported code
   * @return digest, last four symbols, the current key's id and, in retrievable mode, the
   *     sealed code
   */
  public StoredCode seal(ImportedCode code) {
    return seal(code.reveal(), code.lastFour());
  }

  /**
   * M-1, C-5: the symbols of a stored code, native or imported, for its owning partner.
   *
   * @param stored the stored code
   * @return the canonical symbols, or empty if it was stored shown-once or its key has no
   *     encryption key
   * @throws IllegalStateException as {@link #open}
   */
  public Optional<String> openSymbols(StoredCode stored) {
    return opened(stored).map(plain -> new String(plain, StandardCharsets.US_ASCII));
  }

  /**
   * C-1: what a store keeps of a new code, under the current key.
   *
   * @param code the code
   * @return digest, last four symbols, the current key's id and, in retrievable mode, the
   *     sealed code
   */
  public StoredCode seal(VoucherCode code) {
    return seal(code.reveal(), code.lastFour());
  }

  private StoredCode seal(String canonical, String lastFour) {
    CodeDigest digest = current.digest(canonical);
    if (!current.seals()) {
      return StoredCode.of(digest, lastFour, Optional.empty(), current.id);
    }
    byte[] nonce = KeySlot.nonce(nonces);
    try {
      byte[] ciphertext = current.sealCode(nonce, digest.bytes(),
          canonical.getBytes(StandardCharsets.US_ASCII));
      ByteBuffer sealed = ByteBuffer.allocate(1 + KeySlot.NONCE_BYTES + ciphertext.length);
      sealed.put(FORMAT).put(nonce).put(ciphertext);
      return StoredCode.of(digest, lastFour, Optional.of(sealed.array()), current.id);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing a voucher code failed", e);
    }
  }

  /**
   * C-5: the code itself, for its owning partner (the caller checks who asks), opened with the
   * key its key id names.
   *
   * @param stored the stored code
   * @return the code, or empty if it was stored shown-once or its key has no encryption key
   * @throws IllegalStateException if the sealed code does not open (its key is not in the ring,
   *     or differs from the one it was sealed with, or altered data)
   */
  public Optional<VoucherCode> open(StoredCode stored) {
    return opened(stored)
        .map(plain -> new VoucherCode(new String(plain, StandardCharsets.US_ASCII)));
  }

  private Optional<byte[]> opened(StoredCode stored) {
    Optional<byte[]> sealed = stored.sealed();
    if (sealed.isEmpty()) {
      return Optional.empty();
    }
    KeySlot slot = slots.get(stored.keyId());
    if (slot == null) {
      throw new IllegalStateException("a sealed voucher code (ending " + stored.lastFour()
          + ") is stored under code key \"" + stored.keyId() + "\", which is not in the key"
          + " ring " + slots.keySet());
    }
    if (!slot.seals()) {
      return Optional.empty();
    }
    byte[] bytes = sealed.get();
    if (bytes.length <= 1 + KeySlot.NONCE_BYTES || bytes[0] != FORMAT) {
      throw new IllegalStateException("a sealed voucher code (ending " + stored.lastFour()
          + ") is not in format " + FORMAT);
    }
    try {
      return Optional.of(slot.openCode(bytes, 1, stored.digest().bytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed voucher code (ending " + stored.lastFour()
          + ") does not open: the encryption key differs from the one it was sealed with (code"
          + " key \"" + slot.id + "\"), or the stored data was altered", e);
    }
  }

  /**
   * G-4: whether {@link #rekey} can move codes stored under a key: an older key of this ring
   * with an encryption key (a shown-once code cannot be re-digested without the code).
   *
   * @param keyId a key id
   * @return true for an older key that opens codes
   */
  public boolean canRekeyFrom(String keyId) {
    KeySlot slot = slots.get(keyId);
    return slot != null && slot != current && slot.seals();
  }

  /**
   * G-4: a stored code moved to the current key: opened with its key, digested and sealed
   * again with the current one.
   *
   * @param stored the stored code
   * @return the code as stored under the current key, or empty if it is under the current key
   *     already or cannot be opened (shown once)
   * @throws IllegalStateException if the sealed code does not open (see {@link #open})
   */
  public Optional<StoredCode> rekey(StoredCode stored) {
    if (stored.keyId().equals(current.id)) {
      return Optional.empty();
    }
    // M-1: an imported code is re-keyed as the symbols of its own format
    return openSymbols(stored).map(symbols -> seal(symbols, stored.lastFour()));
  }

  // ------------------------------------------------------------------ I-1: other secrets

  /**
   * I-1: the keyed digest of a secret that is not a voucher code (an invitation token): the
   * HMAC-SHA256 of {@code purpose ':' secret} under the current lookup key. The purpose keeps
   * digests of different kinds of secret apart (codes never contain a colon).
   *
   * @param purpose what the secret is, e.g. {@code "invitation"}
   * @param secret the secret
   * @return its keyed digest
   */
  @Override
  public CodeDigest digestSecret(String purpose, String secret) {
    return current.digestSecret(purpose, secret);
  }

  /**
   * G-4: the digests a secret may be stored under: the current key's first, then the older
   * keys', newest first.
   *
   * @param purpose what the secret is
   * @param secret the secret
   * @return its candidate digests, at least one
   */
  @Override
  public List<CodeDigest> secretDigests(String purpose, String secret) {
    List<CodeDigest> digests = new ArrayList<>(slots.size());
    slots.values().forEach(slot -> digests.add(slot.digestSecret(purpose, secret)));
    return List.copyOf(digests);
  }

  /**
   * G-4: whether a stored digest is the secret's under any key of the ring.
   *
   * @param stored the stored digest
   * @param purpose what the secret is
   * @param secret the secret
   * @return true if it matches under one of the keys
   */
  @Override
  public boolean secretMatches(CodeDigest stored, String purpose, String secret) {
    return slots.values().stream().anyMatch(slot -> slot.digestSecret(purpose, secret)
        .equals(stored));
  }

  /**
   * I-1: seals a secret that must pass through storage to one recipient (an invitation token
   * in the outbox, until the e-mail is sent), with AES-GCM under a key derived from the current
   * lookup key, so that it works in both modes; the key's id is part of the sealed bytes. The
   * associated data (e.g. the outbox message id) must be given again to open it: a sealed
   * secret copied elsewhere does not open.
   *
   * @param secret the secret
   * @param associatedData what the sealed secret is bound to
   * @return the sealed secret
   */
  @Override
  public SealedSecret sealSecret(String secret, byte[] associatedData) {
    return SealedSecrets.seal(current, nonces, secret, associatedData);
  }

  /**
   * I-1: opens a secret sealed by {@link #sealSecret}, with the key it names.
   *
   * @param sealed the sealed secret
   * @param associatedData the data it was sealed with
   * @return the secret
   * @throws IllegalStateException if it does not open (its key is not in the ring, another
   *     lookup key, other associated data, or altered bytes)
   */
  @Override
  public String openSecret(SealedSecret sealed, byte[] associatedData) {
    return SealedSecrets.open(slots, sealed, associatedData);
  }

  @Override
  public String toString() {
    return "CodeVault[" + (keepsCodesRetrievable() ? "retrievable" : "shown once") + "]";
  }
}
