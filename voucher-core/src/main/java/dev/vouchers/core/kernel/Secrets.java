// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.List;

/**
 * I-1, G-4: what a context asks of the programme's vault for a secret that is not a voucher
 * code (an invitation token): its keyed digest under the current key and under every key of
 * the ring, and sealing it for the outbox. The vault of the voucher context implements it
 * ({@code CodeVault}), so that other contexts keep their secrets under the same keys without
 * knowing about codes (ADR 0068).
 */
public interface Secrets {

  /**
   * The keyed digest of a secret under the current lookup key.
   *
   * @param purpose what the secret is, e.g. {@code "invitation"}
   * @param secret the secret
   * @return its keyed digest
   */
  CodeDigest digestSecret(String purpose, String secret);

  /**
   * G-4: the digests a secret may be stored under: the current key's first, then the older
   * keys', newest first.
   *
   * @param purpose what the secret is
   * @param secret the secret
   * @return its candidate digests, at least one
   */
  List<CodeDigest> secretDigests(String purpose, String secret);

  /**
   * G-4: whether a stored digest is the secret's under any key of the ring.
   *
   * @param stored the stored digest
   * @param purpose what the secret is
   * @param secret the secret
   * @return true if it matches under one of the keys
   */
  boolean secretMatches(CodeDigest stored, String purpose, String secret);

  /**
   * Seals a secret that must pass through storage to one recipient, bound to
   * {@code associatedData}.
   *
   * @param secret the secret
   * @param associatedData what the sealed secret is bound to
   * @return the sealed secret
   */
  SealedSecret sealSecret(String secret, byte[] associatedData);

  /**
   * Opens a secret sealed by {@link #sealSecret} with the same associated data.
   *
   * @param sealed the sealed secret
   * @param associatedData the data it was sealed with
   * @return the secret
   * @throws IllegalStateException if it does not open
   */
  String openSecret(SealedSecret sealed, byte[] associatedData);
}
