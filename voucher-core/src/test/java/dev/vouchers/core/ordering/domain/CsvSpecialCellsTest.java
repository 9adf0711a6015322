// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * S-1: a cell made only of characters that need quoting is quoted like any other (issue 18,
 * session 6: the writer's shortcut for plain cells was only tested with such characters after
 * a plain one).
 */
class CsvSpecialCellsTest {

  private static String csv(String... cells) {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(cells);
    return out.toString();
  }

  @Test
  void cellsOfOnlyCommasQuotesOrLineBreaksAreQuoted_S1() {
    assertThat(csv(",")).isEqualTo("\",\"\r\n");
    assertThat(csv(",,", "x")).isEqualTo("\",,\",x\r\n");
    assertThat(csv("\"\"")).isEqualTo("\"\"\"\"\"\"\r\n");
    assertThat(csv("\n")).isEqualTo("\"\n\"\r\n");
    assertThat(csv("\r")).isEqualTo("\"'\r\"\r\n");
    for (String cell : new String[] {",", ",,", "\"\"", "\n", "\r", "\r\n"}) {
      assertThat(csv(cell)).isEqualTo(CsvWriter.encode(cell) + "\r\n");
    }
  }
}
