// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedemptionLinksTest {

  @Test
  void appendsTheCodeAsQueryParameter_C6() {
    RedemptionLinks links = new RedemptionLinks(URI.create("https://shop.example.com/redeem"));
    assertThat(links.forCode("ABCD-EFGH"))
        .isEqualTo(URI.create("https://shop.example.com/redeem?code=ABCD-EFGH"));
  }

  @Test
  void keepsAnExistingQuery_C6() {
    RedemptionLinks links = new RedemptionLinks(URI.create("https://shop.example.com/r?lang=de"));
    assertThat(links.forCode("ABCD")).isEqualTo(URI.create("https://shop.example.com/r?lang=de&code=ABCD"));
  }

  @Test
  void encodesTheCode_C6() {
    RedemptionLinks links = new RedemptionLinks(URI.create("http://shop.example.com/redeem"));
    assertThat(links.forCode("AB CD&x=1#f").toString())
        .isEqualTo("http://shop.example.com/redeem?code=AB+CD%26x%3D1%23f");
  }

  @Test
  void rejectsBasesThatAreNotAbsoluteHttpWithoutFragment_C6() {
    for (String bad : new String[] {"/redeem", "redeem", "ftp://shop.example.com/redeem",
        "mailto:x@example.com", "https://shop.example.com/redeem#top"}) {
      URI base = URI.create(bad);
      assertThatThrownBy(() -> new RedemptionLinks(base)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
    }
  }

  @Test
  void theTextFormIsTheUrlForEveryCodeAndBase_C6() {
    for (String base : new String[] {"https://shop.example/redeem", "http://shop.example/r?lang=de",
        "https://shop.example/r?a=1&b=%20"}) {
      RedemptionLinks links = new RedemptionLinks(URI.create(base));
      for (String code : new String[] {"ABCD-EFGH-JKMN-PQRS-TVWX", "abcd-0123", "A B+C&D",
          "ÄÖ/?#=%", ""}) {
        assertThat(links.textForCode(code)).as("%s %s", base, code)
            .isEqualTo(links.forCode(code).toString());
      }
    }
  }

  @Test
  void lettersDigitsAndHyphensGoInAsTheyAreAndTheirNeighboursAreEncoded_C6() {
    RedemptionLinks links = new RedemptionLinks(java.net.URI.create("https://shop.example/r"));
    for (char c : "AZaz09-".toCharArray()) {
      assertThat(links.textForCode("K" + c + "M")).endsWith("?code=K" + c + "M");
    }
    for (char c : "@[`{/:".toCharArray()) {
      String text = links.textForCode("K" + c + "M");
      assertThat(text.substring(text.indexOf("?code=") + 6)).as("the code K%sM", c)
          .isEqualTo(java.net.URLEncoder.encode("K" + c + "M",
              java.nio.charset.StandardCharsets.UTF_8))
          .doesNotContain(String.valueOf(c));
    }
  }
}
