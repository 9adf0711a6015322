// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kernel's small values where their edges matter: digests as hash keys (C-3: a clash check
 * holds a batch of them), reasons that compare by fact (L-4), capped totals of a listing (L-1)
 * and stripped text (L-4).
 */
class KernelValuesTest {

  @Test
  void digestsSpreadOverHashCodesAndEqualDigestsShareOne_C3() {
    SecureRandom random = new SecureRandom();
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      byte[] bytes = new byte[CodeDigest.LENGTH];
      random.nextBytes(bytes);
      CodeDigest digest = CodeDigest.of(bytes);
      assertThat(CodeDigest.of(bytes.clone())).isEqualTo(digest).hasSameHashCodeAs(digest);
      hashes.add(digest.hashCode());
    }
    // 1,000 uniform 32-bit hashes collide with probability about 1e-4
    assertThat(hashes).hasSizeGreaterThan(995);
  }

  @Test
  void aDigestsHashIsReadFromItsFirstFourBytes_C3() {
    byte[] bytes = new byte[CodeDigest.LENGTH];
    for (int i = 0; i < 4; i++) {
      byte[] one = bytes.clone();
      one[i] = (byte) 0x80;
      assertThat(CodeDigest.of(one).hashCode()).as("byte %d", i)
          .isEqualTo(0x80 << (8 * (3 - i)));
    }
    byte[] all = bytes.clone();
    all[0] = (byte) 0xff;
    all[1] = (byte) 0xff;
    all[2] = (byte) 0xff;
    all[3] = (byte) 0xff;
    assertThat(CodeDigest.of(all).hashCode()).isEqualTo(-1);
  }

  @Test
  void reasonsAreTheSameFactWhenCodeAndMessageAgree_whateverTheirDetails_L4() {
    Reason plain = Reason.of(ReasonCode.INVALID_INPUT, "too long");
    Reason detailed = plain.with("limit", 200);
    assertThat(detailed).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(Reason.of(ReasonCode.INVALID_INPUT, "too short")).isNotEqualTo(plain);
    assertThat(Reason.of(ReasonCode.NOT_FOUND, "too long")).isNotEqualTo(plain);
    assertThat(plain).isNotEqualTo("too long");
    Set<Integer> hashes = new HashSet<>();
    for (ReasonCode code : ReasonCode.values()) {
      hashes.add(Reason.of(code, "too long").hashCode());
    }
    assertThat(hashes).hasSize(ReasonCode.values().length);
  }

  @Test
  void aListingCountsUpToItsCapAndSaysWhenThereAreMore_L1() {
    assertThat(Page.Total.counted(Page.Total.CAP)).isEqualTo(new Page.Total(Page.Total.CAP, false));
    assertThat(Page.Total.counted(Page.Total.CAP).toString()).isEqualTo("10000");
    assertThat(Page.Total.counted(Page.Total.CAP + 1L)).isEqualTo(
        new Page.Total(Page.Total.CAP, true));
    assertThat(Page.Total.counted(Page.Total.CAP + 1L).toString()).isEqualTo("10000+");
    assertThat(Page.Total.counted(0)).isEqualTo(new Page.Total(0, false));
    assertThatThrownBy(() -> new Page.Total(-1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Page.Total(Page.Total.CAP + 1L, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Page.Total(5, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aControlCharacterThatStrippingWouldHideIsStillRefused_L4() {
    // U+001F is white space to String.strip() but a control character to the rule
    assertThat(Text.checkStripped("name", "Acme\u001F", Text.NAME, Text.Kind.SINGLE_LINE))
        .hasValueSatisfying(reason -> assertThat(reason.message()).contains("name"));
    assertThat(Text.checkStripped("name", "  Acme  ", Text.NAME, Text.Kind.SINGLE_LINE)).isEmpty();
    assertThat(Text.checkStripped("name", " " + "x".repeat(Text.NAME + 1), Text.NAME,
        Text.Kind.SINGLE_LINE)).isPresent();
  }

  @Test
  void anIdsRefusalSaysHowLongItWasOnlyWhenItWasNotBlank_L4() {
    assertThat(Text.checkId("product id", "   ")).hasValueSatisfying(
        reason -> assertThat(reason.message()).doesNotContain("got"));
    assertThat(Text.checkId("product id", "x".repeat(Text.ID + 1))).hasValueSatisfying(
        reason -> assertThat(reason.message()).endsWith("got " + (Text.ID + 1)));
    assertThat(Text.checkId("product id", "x".repeat(Text.ID))).isEmpty();
  }

  @Test
  void theFirstAndLastNoncharactersOfTheArabicBlockAreRefused_L4() {
    for (String bad : new String[] {"a\uFDD0b", "a\uFDEFb"}) {
      assertThat(Text.checkStripped("note", bad, Text.NAME, Text.Kind.SINGLE_LINE)).isPresent();
      assertThat(EmailAddress.isValid(bad.replace("b", "@example.com"))).isFalse();
      assertThat(EmailAddress.isValid("ab@ex" + bad.charAt(1) + "ample.com")).isFalse();
    }
    assertThat(Text.checkStripped("note", "a\uFDF0b", Text.NAME, Text.Kind.SINGLE_LINE))
        .isEmpty();
    assertThat(EmailAddress.isValid("a\uFDF0@example.com")).isTrue();
  }
}
