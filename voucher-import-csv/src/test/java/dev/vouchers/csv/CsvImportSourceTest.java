// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.domain.ImportRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** M-1: CSV rows for the import, and what a bad file gives (L-4). */
class CsvImportSourceTest {

  private static List<ImportRow> read(String csv) {
    List<ImportRow> rows = new ArrayList<>();
    CsvImportSource.of(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
        .forEach(rows::add);
    return rows;
  }

  @Test
  void rowsAreReadByColumnNameAndNumberedLikeASpreadsheet_M1() {
    List<ImportRow> rows = read("\uFEFFstatus,code,product,validity_years,fqdns,wildcards,"
        + "expires_at,note\r\n"
        + "VALID,AB12-CD34,ssl-dv,1,1,0,2027-06-30,\"sold, at \"\"the\"\" fair\"\r\n"
        + "\r\n"
        + "REDEEMED,EF56GH78,ssl-dv,1,1,0,2027-06-30,\r\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(new ImportRow(2, "AB12-CD34", "ssl-dv", "1", "1", "0",
        "VALID", "2027-06-30", "", "sold, at \"the\" fair"));
    assertThat(rows.get(1).code()).isEqualTo("EF56GH78");
    assertThat(rows.get(1).status()).isEqualTo("REDEEMED");
  }

  @Test
  void theSourceCanBeReadTwice_M1() {
    CsvImportSource source = CsvImportSource.of(() -> new ByteArrayInputStream(
        "code,product,validity_years,fqdns,wildcards,status,expires_at\nX,p,1,1,0,VALID,2027-01-01\n"
            .getBytes(StandardCharsets.UTF_8)));
    List<ImportRow> first = new ArrayList<>();
    List<ImportRow> second = new ArrayList<>();
    source.forEach(first::add);
    source.forEach(second::add);
    assertThat(first).hasSize(1).isEqualTo(second);
  }

  @Test
  void missingColumnsGiveOneRowTheImportRefuses_M1_L4() {
    assertThat(read("code,product\nX,p\n"))
        .containsExactly(new ImportRow(1, "", "", "", "", "", "", "", "", ""));
  }

  @Test
  void aBrokenQuoteOrAnUnreadableInputEndsTheRowsWithOneTheImportRefuses_M1_L4() {
    List<ImportRow> rows = read("code,product,validity_years,fqdns,wildcards,status,expires_at\n"
        + "A,p,1,1,0,VALID,2027-01-01\n"
        + "\"B,p,1,1,0,VALID,2027-01-01\n");
    assertThat(rows).last().extracting(ImportRow::code).isEqualTo("");

    List<ImportRow> none = new ArrayList<>();
    CsvImportSource.of(() -> {
      throw new IOException("gone");
    }).forEach(none::add);
    assertThat(none).singleElement().extracting(ImportRow::code).isEqualTo("");
  }
}
