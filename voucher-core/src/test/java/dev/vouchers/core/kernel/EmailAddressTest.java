// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void lowerCasesTheDomainButKeepsTheLocalPart_S2() {
    assertThat(new EmailAddress("Bob.Smith@Example.COM").value()).isEqualTo("Bob.Smith@example.com");
    assertThat(new EmailAddress("Bob@Example.COM")).hasToString("Bob@example.com");
    assertThat(new EmailAddress("a+tag@sub.example.co.uk").value()).isEqualTo("a+tag@sub.example.co.uk");
  }

  @Test
  void parseStripsSpacesButRefusesLineBreaks_S2_L4() {
    assertThat(EmailAddress.parse("  bob@example.com  ").get())
        .isEqualTo(new EmailAddress("bob@example.com"));
    assertThat(EmailAddress.parse("  bob@example.com \n").isInvalid()).isTrue();
  }

  @Test
  void rejectsImplausibleShapes_S2() {
    for (String bad : new String[] {"", "bob", "bob@", "@example.com", "bob@example",
        "bob smith@example.com", "bob@exa mple.com", "a@b@example.com", "bob@-example.com",
        "bob@example-.com", "bob@example..com"}) {
      assertThat(EmailAddress.parse(bad).isInvalid()).as("'%s'", bad).isTrue();
      assertThat(EmailAddress.parse(bad).getError()).isEqualTo("recipient is not an e-mail address");
      assertThatThrownBy(() -> new EmailAddress(bad)).as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void localPartAtMost64AndAddressAtMost254Characters_S2() {
    assertThat(EmailAddress.parse("a".repeat(64) + "@example.com").isValid()).isTrue();
    assertThat(EmailAddress.parse("a".repeat(65) + "@example.com").isValid()).isFalse();
    String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + ".ch";
    String at254 = "a".repeat(254 - 1 - domain.length()) + "@" + domain;
    assertThat(at254).hasSize(254);
    assertThat(EmailAddress.parse(at254).isValid()).isTrue();
    assertThat(new EmailAddress(at254).value()).hasSize(254);
    String at255 = "a" + at254;
    assertThat(EmailAddress.parse(at255).isValid()).isFalse();
    assertThatThrownBy(() -> new EmailAddress(at255)).isInstanceOf(IllegalArgumentException.class);
  }
}
