// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.EmailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * S-2, L-4: every ASCII address the core's JDK-only {@link EmailAddress} accepts is parsed by
 * Jakarta Mail's strict {@link InternetAddress} unchanged, and the ones issue 13 found failing
 * at the relay forever (control characters, DEL, line breaks) are refused by both. Non-ASCII
 * addresses need {@code mail.mime.allowutf8=true} in Jakarta Mail (ADR 0036).
 */
class EmailAddressAgreesWithJakartaMailTest {

  private static final String LOCAL = "ab.Z9-_+'!~{|}#$%&*/=?^`";
  private static final String DOMAIN = "ab9-.";
  private static final String TOP = "az9-";

  @Test
  void whatTheCoreAcceptsJakartaMailParsesStrictly_S2() throws AddressException {
    List<String> accepted = new ArrayList<>(List.of("bob@example.com", "o'brien+tag@x.example",
        "a.b-c_d@sub.x-y.example", "{x|y}~!#$%&*/=?^`@x.example", "a".repeat(64) + "@x.example"));
    Random random = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      String raw = random(random, LOCAL, 12) + "@" + random(random, DOMAIN, 12) + "."
          + random(random, TOP, 5);
      EmailAddress.parse(raw).forEach(address -> accepted.add(address.value()));
    }
    assertThat(accepted.size()).isGreaterThan(1_000);
    for (String address : accepted) {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      assertThat(parsed.getAddress()).isEqualTo(address);
    }
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int n = 1 + random.nextInt(maxLength); n > 0; n--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @Test
  void whatFailedAtTheRelayIsRefusedByBoth_L4_S2() {
    for (String bad : List.of("a\u0001b@x.example", "a\u007fb@x.example", "a b@x.example",
        "ab@x.exam\tple", "a\u0000b@x.example")) {
      assertThat(EmailAddress.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> new InternetAddress(bad, true).validate()).as(bad)
          .isInstanceOf(AddressException.class);
    }
  }
}
