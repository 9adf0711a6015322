// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(String... cells) {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(cells);
    return out.toString();
  }

  @Test
  void separatesByCommaAndEndsRowsWithCrlf_S1() {
    StringWriter out = new StringWriter();
    CsvWriter writer = new CsvWriter(out);
    writer.row("code", "product");
    writer.row(List.of("ABCD-EFGH", "SSL DV"));
    assertThat(out).hasToString("code,product\r\nABCD-EFGH,SSL DV\r\n");
  }

  @Test
  void plainCellsAreNotQuoted_S1() {
    assertThat(csv("a b", "x'y", "1.5")).isEqualTo("a b,x'y,1.5\r\n");
  }

  @Test
  void quotesCellsWithCommaQuoteCrOrLf_S1() {
    assertThat(csv("a,b")).isEqualTo("\"a,b\"\r\n");
    assertThat(csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"\r\n");
    assertThat(csv("line1\nline2")).isEqualTo("\"line1\nline2\"\r\n");
    assertThat(csv("line1\rline2")).isEqualTo("\"line1\rline2\"\r\n");
    assertThat(csv("\"")).isEqualTo("\"\"\"\"\r\n");
    assertThat(csv("x", "a,b", "y")).isEqualTo("x,\"a,b\",y\r\n");
  }

  @Test
  void emptyCellsStayEmpty_S1() {
    assertThat(csv("", "a", "")).isEqualTo(",a,\r\n");
    assertThat(csv("")).isEqualTo("\r\n");
    assertThat(csv()).isEqualTo("\r\n");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormula_S1() {
    assertThat(csv("=SUM(A1)")).isEqualTo("'=SUM(A1)\r\n");
    assertThat(csv("+41 44")).isEqualTo("'+41 44\r\n");
    assertThat(csv("-5")).isEqualTo("'-5\r\n");
    assertThat(csv("@cmd")).isEqualTo("'@cmd\r\n");
    assertThat(csv("\tx")).isEqualTo("'\tx\r\n");
    // a leading CR is neutralised and, being a CR, quoted as well
    assertThat(csv("\rx")).isEqualTo("\"'\rx\"\r\n");
    // neutralised and quoted: the apostrophe goes inside the quotes
    assertThat(csv("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n");
  }

  @Test
  void onlyTheFirstCharacterTriggersNeutralising_S1() {
    assertThat(csv("a=b", "1-2", "x@y", "a+b")).isEqualTo("a=b,1-2,x@y,a+b\r\n");
    assertThat(CsvWriter.neutralise("")).isEmpty();
    assertThat(CsvWriter.neutralise("abc")).isEqualTo("abc");
    assertThat(CsvWriter.encode("ABCD-1234")).isEqualTo("ABCD-1234");
  }

  @Test
  void writesThroughToTheWriterRowByRow_S1() {
    StringBuilder seen = new StringBuilder();
    int[] flushes = {0};
    List<String> writes = new ArrayList<>();
    Writer recording = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        seen.append(buf, off, len);
        writes.add(new String(buf, off, len));
      }

      @Override
      public void flush() {
        flushes[0]++;
      }

      @Override
      public void close() {}
    };
    CsvWriter writer = new CsvWriter(recording);
    writer.row("a", "b");
    // visible at the writer without a flush: nothing is held back by the CSV writer
    assertThat(seen).hasToString("a,b\r\n");
    writer.row("c");
    assertThat(seen).hasToString("a,b\r\nc\r\n");
    // one call of the writer per record, whatever the cells: a long record grows the buffer
    String wide = "w".repeat(1_000);
    writer.row(wide, "=x", "y");
    assertThat(writes).containsExactly("a,b\r\n", "c\r\n", wide + ",'=x,y\r\n");
    assertThat(flushes[0]).isZero();
    writer.flush();
    assertThat(flushes[0]).isEqualTo(1);
  }

  @Test
  void writerFailureIsReportedUnchecked_S1() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    CsvWriter writer = new CsvWriter(broken);
    assertThatThrownBy(() -> writer.row("a")).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(writer::flush).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> new CsvWriter(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyCellIsWrittenAsItsEncodingWhateverItHolds_S1() {
    org.quicktheories.QuickTheory.qt().withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.strings().betweenCodePoints(0, 0x7f)
            .ofLengthBetween(0, 12))
        .checkAssert(cell -> {
          StringWriter out = new StringWriter();
          new CsvWriter(out).row(cell, "x");
          assertThat(out.toString()).isEqualTo(CsvWriter.encode(cell) + ",x\r\n");
        });
  }
}
