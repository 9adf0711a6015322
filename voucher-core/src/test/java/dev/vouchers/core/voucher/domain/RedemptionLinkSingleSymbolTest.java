// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * C-6: a code made only of characters next to the letter and digit ranges is encoded in its
 * redemption URL, and one made only of the range edges goes in as it is. (With a letter beside
 * it, an encoded neighbour hides a wrong range: the whole code is encoded then.)
 */
class RedemptionLinkSingleSymbolTest {
  private final RedemptionLinks links = new RedemptionLinks(URI.create("https://shop.example/r"));

  @Test
  void aCodeOfOnlyTheRangesNeighboursIsEncoded_C6() {
    for (char c : "@[`{/:".toCharArray()) {
      for (String code : new String[] {String.valueOf(c), String.valueOf(c).repeat(3)}) {
        assertThat(links.textForCode(code)).as("the code %s", code)
            .isEqualTo("https://shop.example/r?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
            .doesNotContain("=" + c);
        assertThat(links.forCode(code).getRawQuery()).as("the code %s", code)
            .isEqualTo("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void aCodeOfOnlyTheRangesEdgesGoesInAsItIs_C6() {
    for (char c : "AZaz09-".toCharArray()) {
      String code = String.valueOf(c).repeat(3);
      assertThat(links.textForCode(code)).as("the code %s", code)
          .isEqualTo("https://shop.example/r?code=" + code);
    }
  }
}
