// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Entropy;
import org.junit.jupiter.api.Test;

/**
 * G-2, C-5: a link token is 26 lower-case Crockford symbols; what a followed link presents is
 * read leniently in case and spaces, and anything else is no token at all (answered like an
 * unknown code, never an exception).
 */
class LinkTokenTest {
  private static final String TOKEN = "0123456789abcdefghjkmnpqrs";

  @Test
  void aPresentedTokenIsTrimmedAndLowerCased_G2() {
    assertThat(LinkToken.parse("  " + TOKEN.toUpperCase(java.util.Locale.ROOT) + "\n"))
        .hasValueSatisfying(token -> assertThat(token.value()).isEqualTo(TOKEN));
  }

  @Test
  void anythingButTwentySixCrockfordSymbolsIsNoToken_G2_C5() {
    assertThat(LinkToken.parse(TOKEN.substring(1))).isEmpty();
    assertThat(LinkToken.parse(TOKEN + "t")).isEmpty();
    assertThat(LinkToken.parse(TOKEN.substring(1) + "u")).as("U is no Crockford symbol")
        .isEmpty();
    assertThat(LinkToken.parse(TOKEN.substring(1) + "-")).isEmpty();
    assertThat(LinkToken.parse("")).isEmpty();
  }

  @Test
  void theConstructorTakesOnlyTheCanonicalLowerCaseForm_G2() {
    assertThat(new LinkToken(TOKEN).value()).isEqualTo(TOKEN);
    assertThatThrownBy(() -> new LinkToken(TOKEN.toUpperCase(java.util.Locale.ROOT)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LinkToken(TOKEN.substring(2) + "iL"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomTokensAreWellFormedAndNeverShownInLogs_G2_C5() {
    LinkToken token = LinkToken.random(Entropy.secure());
    assertThat(LinkToken.parse(token.value())).contains(token);
    assertThat(token.toString()).isEqualTo("LinkToken[****]").doesNotContain(token.value());
  }
}
