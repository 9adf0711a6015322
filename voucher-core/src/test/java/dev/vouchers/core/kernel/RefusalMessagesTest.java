// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 17: refusals people can read, in English and German. */
class RefusalMessagesTest {
  private static final Locale GERMAN = Locale.GERMAN;
  private static final Pattern INTERNALS = Pattern.compile("[A-Z]+_[A-Z_]+|\\b[A-Z]-\\d\\b|[{}]");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(RefusalMessages.BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void everyReasonCodeHasItsOwnMessageInEnglishAndGermanWithoutRuleIdsOrCodes() {
    for (Locale locale : List.of(Locale.ENGLISH, GERMAN)) {
      ResourceBundle bundle = bundle(locale);
      List<String> seen = new ArrayList<>();
      for (ReasonCode code : ReasonCode.values()) {
        String text = Reason.of(code, "developer text").render(locale);
        assertThat(text).as("%s %s", locale, code).isEqualTo(bundle.getString(code.name()))
            .isNotBlank().doesNotContain("developer text");
        assertThat(INTERNALS.matcher(text).find()).as("%s %s: %s", locale, code, text).isFalse();
        seen.add(text);
      }
      assertThat(seen).doesNotHaveDuplicates();
    }
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(Reason.of(code, "x").render(GERMAN)).as(code.name())
          .isNotEqualTo(Reason.of(code, "x").render(Locale.ENGLISH));
    }
  }

  @Test
  void theBundlesHaveTheSameKeysAndNoKeyForAnUnknownCode() {
    List<String> english = new ArrayList<>(bundle(Locale.ENGLISH).keySet());
    List<String> german = new ArrayList<>(bundle(GERMAN).keySet());
    Collections.sort(english);
    Collections.sort(german);
    assertThat(german).isEqualTo(english);
    for (String key : english) {
      assertThat(ReasonCode.valueOf(key.split("\\.")[0])).isNotNull();
    }
  }

  @Test
  void detailsFillTheSpecificMessageInTheReadersFormOfNumbersAndDates() {
    Reason tooLong = Text.check("customer name", "x".repeat(1_500), 1_000,
        Text.Kind.SINGLE_LINE).orElseThrow();
    assertThat(tooLong.render(Locale.ENGLISH))
        .isEqualTo("The field \"customer name\" may hold at most 1,000 characters.");
    assertThat(tooLong.render(GERMAN))
        .isEqualTo("Das Feld «customer name» darf höchstens 1.000 Zeichen enthalten.");
    Reason closed = Reason.of(ReasonCode.CANCELLATION_WINDOW_CLOSED, "closed")
        .with("date", Instant.parse("2027-03-04T10:00:00Z"));
    assertThat(closed.render(Locale.ENGLISH)).isEqualTo("The order could be cancelled until Mar 4, 2027.");
    assertThat(closed.render(GERMAN)).isEqualTo("Die Bestellung konnte bis zum 04.03.2027 storniert werden.");
  }

  @Test
  void aMissingDetailFallsBackToTheGeneralMessage() {
    assertThat(Reason.of(ReasonCode.CANCELLATION_WINDOW_CLOSED, "closed").render(GERMAN))
        .isEqualTo(bundle(GERMAN).getString("CANCELLATION_WINDOW_CLOSED"));
    assertThat(Reason.of(ReasonCode.INVALID_INPUT, "x").with("kind", "too-long")
        .with("field", "notes").render(Locale.ENGLISH))
        .isEqualTo("Some of the information entered is not valid.");
    assertThat(Reason.of(ReasonCode.INVALID_INPUT, "x").with("kind", "no-such-kind")
        .with("field", "notes").render(Locale.ENGLISH))
        .isEqualTo("Some of the information entered is not valid.");
  }

  @Test
  void anUnshippedLanguageReadsEnglishWhateverTheServersDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(GERMAN);
      assertThat(Reason.of(ReasonCode.VOUCHER_EXPIRED, "x").render(Locale.FRENCH))
          .isEqualTo("This voucher has expired.");
      assertThat(Reason.of(ReasonCode.VOUCHER_EXPIRED, "x").render(Locale.forLanguageTag("de-CH")))
          .isEqualTo("Dieser Gutschein ist abgelaufen.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRefusalRendersEveryReasonInOrder_V3() {
    Refusal refusal = new Refusal(List.of(Reason.of(ReasonCode.FEATURE_DISABLED, "a"),
        Reason.of(ReasonCode.QUANTITY_OUT_OF_RANGE, "b").with("limit", 1000)));
    assertThat(refusal.messages(Locale.ENGLISH)).containsExactly(
        "Vouchers are not enabled for this partner account.",
        "The quantity must be between 1 and 1,000.");
    assertThat(refusal.render(GERMAN)).isEqualTo(
        "Gutscheine sind für dieses Partnerkonto nicht freigeschaltet. "
            + "Die Menge muss zwischen 1 und 1.000 liegen.");
  }

  @Test
  void detailsAreStringsNumbersInstantsOrDates() {
    assertThatThrownBy(() -> Reason.of(ReasonCode.NOT_FOUND, "x").with("what", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
