// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kernel's edges left after the third round of issue 18 (session 6): amounts that just fit
 * their minor units (T-3), numbers echoed in messages only while short (L-4), the total a cursor
 * carries (L-1), what a refused code names (C-4), sealed secrets and idempotency keys that never
 * show their content (I-1, G-3).
 */
class KernelEdgesTest {

  @Test
  void nineteenIntegerDigitsFitAYenAmount_T3() {
    assertThat(Money.of("9223372036854775807", "JPY").minorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.of("1000000000000000000", "JPY").minorUnits())
        .isEqualTo(1_000_000_000_000_000_000L);
    assertThatThrownBy(() -> Money.of("10000000000000000000", "JPY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void eighteenDecimalsAreTooManyForFrancsAndSaySo_T3_L4() {
    // eighteen decimals are read and refused for the currency; nineteen do not fit at all
    assertThatThrownBy(() -> Money.of("0.000000000000000001", "CHF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more decimals than CHF allows");
    assertThatThrownBy(() -> Money.of("0.0000000000000000001", "CHF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void aNumberOfThirtyTwoCharactersIsEchoedAndALongerOneIsNot_L4() {
    String thirtyTwo = "1" + "0".repeat(31);
    assertThat(Money.shown(new BigDecimal(thirtyTwo))).isEqualTo(", got " + thirtyTwo);
    assertThat(Money.shown(new BigDecimal(thirtyTwo + "0"))).isEmpty();
    assertThatThrownBy(() -> Money.ofMinor("CHF", 100).discounted(new BigDecimal(thirtyTwo),
        java.math.RoundingMode.HALF_EVEN))
        .hasMessageEndingWith(", got " + thirtyTwo);
  }

  @Test
  void theNextPageCarriesTheTotalTheFirstPageCounted_L1() {
    Instant at = Instant.parse("2026-12-06T10:00:00Z");
    Page.Total total = new Page.Total(42, false);
    PageRequest next = PageRequest.after(10, new Cursor(at, "o-1", Optional.of(total)).encode());
    assertThat(next.carriedTotal()).contains(total);
    assertThat(next.cursorProblem()).isEmpty();
    PageRequest capped = PageRequest.after(10,
        new Cursor(at, "o-1", Optional.of(Page.Total.counted(20_000))).encode());
    assertThat(capped.carriedTotal()).contains(new Page.Total(Page.Total.CAP, true));
    assertThat(PageRequest.after(10, new Cursor(at, "o-1").encode()).carriedTotal()).isEmpty();
    assertThat(PageRequest.first(10).carriedTotal()).isEmpty();
  }

  @Test
  void anImpossibleTotalNamesTheCountItWasGiven_L1() {
    assertThatThrownBy(() -> new Page.Total(5, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": 5+");
    assertThatThrownBy(() -> new Page.Total(-1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": -1");
  }

  @Test
  void aRefusedCharacterIsNamedByItsCodePointAndShownOnlyWhenPrintable_C4() {
    assertThat(Crockford.normalise("AB\u0007C").getLeft().message())
        .contains("Character U+0007 at position 3").doesNotContain("'");
    assertThat(Crockford.normalise("A B").isRight()).isTrue();
    assertThat(Crockford.normalise("AB\u2003C").getLeft().message())
        .contains("Character U+2003 at position 3");
    assertThat(Crockford.normalise("A\u0378").getLeft().message())
        .contains("Character U+0378 at position 2");
    assertThat(Crockford.normalise("A!").getLeft().message())
        .contains("Character '!' (U+0021) at position 2");
    assertThat(Crockford.normalise("\uD83D\uDE00").getLeft().message())
        .contains("Character '\uD83D\uDE00' (U+1F600) at position 1");
  }

  @Test
  void aSealedSecretHasAtLeastFormatNonceAndTag_andNeverShowsItsBytes_I1() {
    byte[] bytes = new byte[29];
    bytes[28] = 7;
    SealedSecret sealed = SealedSecret.of(bytes);
    assertThat(sealed.bytes()).isEqualTo(bytes);
    assertThat(sealed.toString()).isEqualTo("SealedSecret[29 bytes]");
    assertThatThrownBy(() -> SealedSecret.of(new byte[28]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("28");
  }

  @Test
  void sealedSecretsAreEqualByTheirBytes_I1() {
    byte[] bytes = new byte[40];
    bytes[3] = 1;
    SealedSecret sealed = SealedSecret.of(bytes);
    bytes[3] = 2;
    SealedSecret other = SealedSecret.of(bytes);
    assertThat(sealed).isEqualTo(SealedSecret.of(sealed.bytes()))
        .hasSameHashCodeAs(SealedSecret.of(sealed.bytes()))
        .isNotEqualTo(other)
        .isNotEqualTo(bytes)
        .isNotEqualTo(null);
    assertThat(sealed.hashCode()).isNotEqualTo(other.hashCode());
  }

  @Test
  void anIdempotencyKeyPrintsAPrefixOfItsDigestNeverTheKey_G3() {
    IdempotencyKey key = IdempotencyKey.of("order-2026-12-06-0001");
    assertThat(key.toString())
        .isEqualTo("IdempotencyKey[" + key.digest().substring(0, 12) + "]")
        .doesNotContain("order");
    assertThat(key.digest()).hasSize(64).matches("[0-9a-f]{64}");
  }
}
