// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.SecretSymbols;
import java.util.Optional;

/**
 * I-1, I-2: the secret of an invitation link: {@value #SYMBOLS} lower-case Crockford symbols
 * drawn from a secure source (130 bits). Whoever holds it may accept the invitation, so it is
 * stored only as a keyed digest and travels only in the e-mail; a resend draws a new one. Its
 * {@link #toString()} never shows it.
 *
 * @param value the symbols
 */
public record InvitationToken(String value) {
  /** How many symbols a token has (5 bits each: 130 bits). */
  public static final int SYMBOLS = 26;

  /** Exactly {@value #SYMBOLS} lower-case Crockford symbols (a broken invariant throws). */
  public InvitationToken {
    if (!wellFormed(value)) {
      throw new IllegalArgumentException("an invitation token has " + SYMBOLS
          + " lower-case Crockford symbols");
    }
  }

  /** A new token from the entropy (C-2: a cryptographically secure source in production). */
  public static InvitationToken random(Entropy entropy) {
    return new InvitationToken(SecretSymbols.draw(entropy, SYMBOLS));
  }

  /**
   * A token as presented (from a link): trimmed and lower-cased; empty when it cannot be a
   * token. Nothing is said about why: a malformed token answers like an unknown one (I-3).
   */
  public static Optional<InvitationToken> parse(String presented) {
    String candidate = SecretSymbols.normalised(presented);
    return wellFormed(candidate) ? Optional.of(new InvitationToken(candidate)) : Optional.empty();
  }

  private static boolean wellFormed(String value) {
    return SecretSymbols.wellFormed(value, SYMBOLS);
  }

  @Override
  public String toString() {
    return "InvitationToken[****]";
  }
}
