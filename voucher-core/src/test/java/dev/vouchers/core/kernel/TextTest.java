// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.vouchers.core.kernel.Text.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void acceptsPlainTextUpToItsLimit_L4() {
    assertThat(Text.check("name", "Jürg Müller – 株式会社 😀", Text.NAME, Kind.SINGLE_LINE))
        .isEmpty();
    assertThat(Text.check("name", "x".repeat(Text.NAME), Text.NAME, Kind.SINGLE_LINE)).isEmpty();
    assertThat(Text.check("name", "", Text.NAME, Kind.SINGLE_LINE)).isEmpty();
  }

  @Test
  void refusesTooLongTextNamingFieldLimitAndLengthButNotTheValue_L4() {
    Optional<Reason> reason =
        Text.check("partner name", "x".repeat(100_000), Text.NAME, Kind.SINGLE_LINE);
    assertThat(reason).get().extracting(Reason::code).isEqualTo(ReasonCode.INVALID_INPUT);
    assertThat(reason.get().message())
        .isEqualTo("partner name must be at most 200 characters, got 100000");
  }

  @Test
  void refusesControlCharactersIncludingNulEscBelDelAndC1_L4() {
    for (char c : new char[] {'\u0000', '\u0007', '\u001b', '\t', '\u007f', '\u0085', '\u009f'}) {
      for (Kind kind : Kind.values()) {
        Optional<Reason> reason = Text.check("note", "a" + c + "b", Text.FREE_TEXT, kind);
        assertThat(reason).as("U+%04X %s", (int) c, kind).isPresent();
        assertThat(reason.get().message()).startsWith("note holds a control character (U+")
            .endsWith("at position 2");
      }
    }
  }

  @Test
  void lineBreaksOnlyInFreeText_L4() {
    for (String text : new String[] {"a\nb", "a\r\nb", "a\u2028b", "a\u2029b", "ab\n"}) {
      assertThat(Text.check("note", text, Text.FREE_TEXT, Kind.MULTI_LINE)).as(text).isEmpty();
      assertThat(Text.check("name", text, Text.NAME, Kind.SINGLE_LINE)).as(text).get()
          .extracting(Reason::message).asString().startsWith("name must be one line");
    }
  }

  @Test
  void refusesUnpairedSurrogatesAndNoncharacters_L4() {
    for (String text : new String[] {"a\ud800", "\udc00a", "a\ud800b", "\udc00\ud800",
        "\ufffe", "\uffff", "\ufdd0", "\ud83f\udffe"}) {
      for (Kind kind : Kind.values()) {
        assertThat(Text.check("name", text, Text.NAME, kind)).as(text).isPresent();
        assertThat(Text.storable(text, kind)).isFalse();
      }
    }
    assertThat(Text.storable("\ud83d\ude00", Kind.SINGLE_LINE)).isTrue();
  }

  @Test
  void everyRefusalMessageIsShortWhateverTheInput_L4() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 3_000), integers().between(0, 300))
        .checkAssert((text, limit) -> Text.check("f", text, limit, Kind.MULTI_LINE)
            .ifPresent(reason -> assertThat(reason.message()).hasSizeLessThan(120)));
  }

  @Test
  void storableTextHasNoCharacterTheCheckRefuses_L4() {
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 50))
        .checkAssert(text -> {
          boolean storable = Text.storable(text, Kind.SINGLE_LINE);
          boolean clean = text.codePoints().allMatch(cp -> !Character.isISOControl(cp)
              && Character.getType(cp) != Character.SURROGATE
              && cp != 0x2028 && cp != 0x2029
              && !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE);
          assertThat(storable).as("%s", text.codePoints().boxed().toList()).isEqualTo(clean);
        });
  }
}
