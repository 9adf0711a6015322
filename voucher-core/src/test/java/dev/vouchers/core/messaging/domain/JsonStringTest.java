// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * M-5: an event's body quotes its texts as JSON strings a receiver can parse back exactly
 * (issue 18, session 6: the escaping had no test of its own). Quotes, backslashes and every
 * control character are escaped; everything else, the space and non-ASCII included, is kept.
 */
class JsonStringTest {

  @Test
  void anEmptyOrShortTextIsJustQuoted_M5() {
    assertThat(Json.string("")).isEqualTo("\"\"");
    assertThat(Json.string("a")).isEqualTo("\"a\"");
    assertThat(Json.string("o-1 Zürich €")).isEqualTo("\"o-1 Zürich €\"");
  }

  @Test
  void quotesBackslashesAndLineBreaksAreEscaped_M5() {
    assertThat(Json.string("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(Json.string("a\\b")).isEqualTo("\"a\\\\b\"");
    assertThat(Json.string("one\r\ntwo\tthree")).isEqualTo("\"one\\r\\ntwo\\tthree\"");
  }

  @Test
  void everyOtherControlCharacterIsAUnicodeEscapeAndTheSpaceIsNot_M5() {
    assertThat(Json.string("\u0000\u0001\u001f \u007f"))
        .isEqualTo("\"\\u0000\\u0001\\u001f \u007f\"");
    assertThat(Json.string("\u000b")).isEqualTo("\"\\u000b\"");
  }
}
