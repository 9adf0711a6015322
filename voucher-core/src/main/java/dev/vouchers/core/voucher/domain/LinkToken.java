// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.SecretSymbols;
import java.util.Optional;

/**
 * G-2, S-2: the secret of one activation link: {@value #SYMBOLS} lower-case Crockford symbols
 * drawn from a secure source (130 bits), drawn afresh by every send and resend. The link
 * carries this token instead of the code, so that a link stops working when the assignment it
 * was sent for is withdrawn or replaced (ADR 0046). Stored only as a keyed digest with the
 * assignment and, sealed, in the outbox until the e-mail went out. Its {@link #toString()}
 * never shows it.
 *
 * @param value the symbols
 */
public record LinkToken(String value) {
  /** How many symbols a token has (5 bits each: 130 bits). */
  public static final int SYMBOLS = 26;

  /** The purpose its keyed digest is computed under (apart from codes and other secrets). */
  public static final String DIGEST_PURPOSE = "activation-link";

  /** Exactly {@value #SYMBOLS} lower-case Crockford symbols (a broken invariant throws). */
  public LinkToken {
    if (!wellFormed(value)) {
      throw new IllegalArgumentException("an activation link token has " + SYMBOLS
          + " lower-case Crockford symbols");
    }
  }

  /** A new token from the entropy (C-2: a cryptographically secure source in production). */
  public static LinkToken random(Entropy entropy) {
    return new LinkToken(SecretSymbols.draw(entropy, SYMBOLS));
  }

  /**
   * A token as presented (from a followed link): trimmed and lower-cased; empty when it cannot
   * be a token. Nothing is said about why: a malformed token answers like a dead one and like
   * an unknown code (C-5).
   */
  public static Optional<LinkToken> parse(String presented) {
    String candidate = SecretSymbols.normalised(presented);
    return wellFormed(candidate) ? Optional.of(new LinkToken(candidate)) : Optional.empty();
  }

  private static boolean wellFormed(String value) {
    return SecretSymbols.wellFormed(value, SYMBOLS);
  }

  @Override
  public String toString() {
    return "LinkToken[****]";
  }
}
