// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the address rule (S-2, I-1) and the refusal that names the problem without
 * echoing the input (L-4), one case per way an address can be wrong.
 */
class EmailAddressProblemsTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a".repeat(EmailAddress.MAX_LENGTH - 9) + "@x.example", "longer than 254"),
        Arguments.of("nobody.x.example", "no @"),
        Arguments.of("@x.example", "local part must be 1..64"),
        Arguments.of("a".repeat(EmailAddress.MAX_LOCAL_LENGTH + 1) + "@x.example",
            "local part must be 1..64"),
        Arguments.of(".ab@x.example", "misplaced dot"),
        Arguments.of("ab.@x.example", "misplaced dot"),
        Arguments.of("a..b@x.example", "misplaced dot"),
        Arguments.of("a:b@x.example", "local part holds a character"),
        Arguments.of("a[b@x.example", "local part holds a character"),
        Arguments.of("a@b@x.example", "local part holds a character"),
        Arguments.of("ab@", "domain must be 1..253"),
        Arguments.of("ab@b_c.example", "domain holds a character"),
        Arguments.of("ab@x..example", "not a valid internationalised domain name"),
        Arguments.of("ab@x.example.", "not a host name"),
        Arguments.of("ab@localhost", "at least two labels"),
        Arguments.of("ab@x.123", "all digits"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void eachMalformedAddressIsRefusedNamingWhatIsWrongWithoutEchoingIt_L4(String bad, String named) {
    assertThatThrownBy(() -> new EmailAddress(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
    assertThat(EmailAddress.isValid(bad)).isFalse();
    assertThat(EmailAddress.parse(bad).getError()).isEqualTo("recipient is not an e-mail address");
  }

  @Test
  void everyLetterDigitAndAtextSymbolOfTheLocalPartIsAccepted_S2() {
    for (String good : new String[] {"az.AZ.09@x.example", "!#$%&'*+-/=?^_`{|}~@x.example",
        "a@x.example", "z@x.example", "A@x.example", "Z@x.example", "0@x.example", "9@x.example"}) {
      assertThat(EmailAddress.isValid(good)).as(good).isTrue();
      assertThat(new EmailAddress(good).value()).isEqualTo(good);
    }
  }

  @Test
  void aLabelOfSixtyThreeCharactersIsAHostNameLabel_S2() {
    String label = "x".repeat(63);
    assertThat(EmailAddress.isValid("ab@" + label + ".example")).isTrue();
    assertThat(EmailAddress.isValid("ab@" + label + "x.example")).isFalse();
  }

  @Test
  void theDomainCountsInItsAsciiFormAtMost253Characters_S2() {
    String ascii253 = domainWhoseAsciiFormHas(253);
    String ascii254 = domainWhoseAsciiFormHas(254);
    assertThat(IDN.toASCII(ascii253, IDN.USE_STD3_ASCII_RULES)).hasSize(253);
    assertThat(IDN.toASCII(ascii254, IDN.USE_STD3_ASCII_RULES)).hasSize(254);
    assertThat(("ab@" + ascii254).length()).isLessThan(EmailAddress.MAX_LENGTH);

    assertThat(EmailAddress.isValid("ab@" + ascii253)).isTrue();
    assertThatThrownBy(() -> new EmailAddress("ab@" + ascii254))
        .hasMessageContaining("not a host name");
  }

  @Test
  void parseTrimsAtMostAHundredCharactersOfPaddingAroundTheLongestAddress_L4() {
    String address = "ab@x.example";
    int padding = EmailAddress.MAX_LENGTH + 100 - address.length();
    String padded = " ".repeat(padding / 2) + address + " ".repeat(padding - padding / 2);
    assertThat(EmailAddress.parse(padded).get()).isEqualTo(new EmailAddress(address));
    assertThat(EmailAddress.parse(padded + " ").isInvalid()).isTrue();
  }

  /** "müller." (A-label "xn--mller-kva.", 7 longer) and ASCII labels up to the wanted length. */
  private static String domainWhoseAsciiFormHas(int asciiLength) {
    StringBuilder domain = new StringBuilder("müller");
    int left = asciiLength - "xn--mller-kva".length() - ".example".length();
    while (left > 0) {
      int label = Math.min(40, left - 1);
      if (left - 1 - label == 1) {
        label--;
      }
      domain.append('.').append("b".repeat(label));
      left -= label + 1;
    }
    return domain.append(".example").toString();
  }
}
