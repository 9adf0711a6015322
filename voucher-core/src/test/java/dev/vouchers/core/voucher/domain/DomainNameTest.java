// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

class DomainNameTest {

  @Test
  void parsesTrimsAndLowerCases_D1() {
    assertThat(DomainName.parse("  Shop.Example.COM ").get().value()).isEqualTo("shop.example.com");
    assertThat(DomainName.parse("example.com.").get().value()).isEqualTo("example.com");
    assertThat(DomainName.parse("xn--bcher-kva.ch").get()).hasToString("xn--bcher-kva.ch");
    assertThat(DomainName.parse("a-b.c1.example.org").isValid()).isTrue();
    assertThat(new DomainName("EXAMPLE.com").value()).isEqualTo("example.com");
  }

  @Test
  void rejectsWhatIsNotAHostName_D1() {
    for (String bad : new String[] {"", "localhost", "*.example.com", "https://example.com",
        "example.com/path", "exa mple.com", "-example.com", "example-.com", "example..com",
        "1.2.3.4", "example.c_m", "bob@example.com"}) {
      Validation<String, DomainName> result = DomainName.parse(bad);
      assertThat(result.isInvalid()).as("'%s'", bad).isTrue();
      assertThat(result.getError()).contains("'" + bad + "'").contains("not a domain name");
    }
    assertThatThrownBy(() -> new DomainName("*.example.com"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("*.example.com");
    assertThatThrownBy(() -> new DomainName("example.com."))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsHaveAtMost63AndNamesAtMost253Characters_D1() {
    String label63 = "a".repeat(63);
    assertThat(DomainName.parse(label63 + ".com").isValid()).isTrue();
    assertThat(DomainName.parse("a".repeat(64) + ".com").isValid()).isFalse();
    // 3 labels of 63 + 1 label of 57 + dots = 253
    String name253 = label63 + "." + label63 + "." + label63 + "." + "b".repeat(61);
    assertThat(name253).hasSize(253);
    assertThat(DomainName.parse(name253).isValid()).isTrue();
    assertThat(DomainName.parse(name253 + "c").isValid()).isFalse();
  }
}
