// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S-2, L-4: {@link EmailAddress} leaves the shape of a domain's labels to the JDK's
 * {@code IDN.toASCII} with {@code USE_STD3_ASCII_RULES} (RFC 3490 with the host-name rules of
 * STD 3): it refuses an empty label, a label over 63 characters, a hyphen at either end of a
 * label and any character outside letters, digits and hyphens, and answers only ASCII. Should a
 * JDK ever stop doing so, this test fails, and the address check needs its own label loop back.
 */
class EmailAddressIdnRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a..example", "-a.example", "a-.example", "a.-b.example",
      "a_b.example", "a b.example", "a!b.example", "a/b.example"})
  void theJdkRefusesEveryLabelThatIsNotAHostName_S2_L4(String domain) {
    assertThatThrownBy(() -> IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EmailAddress.isValid("ab@" + domain)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 65, 100})
  void theJdkRefusesALabelOverSixtyThreeCharacters_S2_L4(int length) {
    String domain = "x".repeat(length) + ".example";

    assertThatThrownBy(() -> IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EmailAddress.isValid("ab@" + domain)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"müller.example", "bücher.例え.jp", "a-b.example", "x1.example"})
  void whatTheJdkAcceptsIsOnlyLettersDigitsAndInnerHyphens_S2(String domain) {
    String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);

    for (String label : ascii.split("\\.", -1)) {
      assertThat(label).matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    }
    assertThat(EmailAddress.isValid("ab@" + domain)).isTrue();
  }
}
