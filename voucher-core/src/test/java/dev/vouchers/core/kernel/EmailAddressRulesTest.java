// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** L-4, S-2: e-mail addresses as the mail stack parses them, internationalised ones included. */
class EmailAddressRulesTest {

  /**
   * The reference rule for ASCII input: an RFC 5322 dot-atom local part of at most 64
   * characters and a host name of LDH labels with a non-numeric top-level label, 254 at most.
   */
  private static final Pattern ASCII_REFERENCE = Pattern.compile(
      "(?=.{1,254}$)(?=[^@]{1,64}@)"
          + "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
          + "(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  @Test
  void controlCharactersLineBreaksAndSeparatorsAreRefused_L4_S2() {
    for (String bad : List.of("a\u0001b@x.example", "a\u007fb@x.example", "ab@x.example\n",
        "ab@x.example\r\n", "a\u0085b@x.example", "a\u2028b@x.example", "ab@x.exam\u2029ple",
        "a\u0000b@x.example", "a\u200bb@x.example", "a\u202eb@x.example", "a\uD800b@x.example",
        "a\uFFFEb@x.example", "a\u00a0b@x.example", "\"a b\"@x.example", "a@[192.0.2.1]",
        "a@x.123", "a@x_y.example", "a..b@x.example", ".a@x.example", "a.@x.example",
        "a@" + "x".repeat(64) + ".example", "a".repeat(100_000) + "@x.example")) {
      assertThat(EmailAddress.parse(bad).isInvalid()).as("%s", bad.length() > 80
          ? bad.length() + " chars" : bad.codePoints().mapToObj(Integer::toHexString)
          .collect(Collectors.joining(" "))).isTrue();
      assertThat(EmailAddress.parse(bad).getError()).hasSizeLessThan(60);
      assertThatThrownBy(() -> new EmailAddress(bad)).isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
    }
  }

  @Test
  void internationalisedAddressesAreAccepted_S2() {
    EmailAddress swiss = EmailAddress.parse("jürg@müller.ch").get();
    assertThat(swiss.value()).isEqualTo("jürg@müller.ch");
    assertThat(swiss.asciiDomain()).isEqualTo("xn--mller-kva.ch");
    assertThat(EmailAddress.parse("Jürg@MÜLLER.ch").get().value()).isEqualTo("Jürg@müller.ch");
    assertThat(EmailAddress.parse("用户@例子.广告").isValid()).isTrue();
    assertThat(EmailAddress.parse("δοκιμή@παράδειγμα.δοκιμή").isValid()).isTrue();
    assertThat(EmailAddress.parse("o'brien+tag@x.example").isValid()).isTrue();
    assertThat(EmailAddress.parse("bob@xn--mller-kva.ch").get().asciiDomain())
        .isEqualTo("xn--mller-kva.ch");
  }

  @Test
  void neverThrowsOnAnyString_L4() {
    qt().withExamples(3_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(raw -> {
          var parsed = EmailAddress.parse(raw);
          parsed.forEach(address -> {
            assertThat(address.value().length()).isLessThanOrEqualTo(EmailAddress.MAX_LENGTH);
            assertThat(Text.storable(address.value(), Text.Kind.SINGLE_LINE)).isTrue();
            assertThat(EmailAddress.parse(address.value()).get()).isEqualTo(address);
          });
        });
  }

  @Test
  void agreesWithTheAsciiReferenceRule_S2() {
    String alphabet = "ab.@-_+Z9 \t\"()[]<>,;:\\!~x";
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 24))
        .checkAssert(indices -> {
          String raw = indices.stream().map(i -> String.valueOf(alphabet.charAt(i)))
              .collect(Collectors.joining());
          String candidate = raw.strip();
          boolean reference = !raw.chars().anyMatch(Character::isISOControl)
              && ASCII_REFERENCE.matcher(candidate).matches();
          assertThat(EmailAddress.isValid(raw)).as("'%s'", raw).isEqualTo(reference);
        });
  }
}
