// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static dev.vouchers.core.fixtures.DomainFixtures.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageFigure;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageRow;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-6, S-1: the usage report as CSV: a header, one record per row, the header alone when there
 * are no rows, everything flushed to the caller's writer; and on a refusal nothing at all.
 */
class UsageReportCsvTest {
  private static final UsageReport.Command COMMAND = new UsageReport.Command(SUPPORT,
      Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"),
      Instant.parse("2026-02-01T00:00:00Z"), UsageBucket.MONTH);
  private static final UsageRow ROW = new UsageRow(ACME, ProductConfiguration.of(SSL, 1, 1, 0),
      LocalDate.of(2026, 1, 1), Currency.getInstance("CHF"),
      Map.of(UsageKind.ISSUED, UsageFigure.one(4990)));

  private static String csv(UsageReport report) {
    StringWriter text = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(text, 1 << 16);
    assertThat(report.csv(COMMAND, buffered).isRight()).isTrue();
    return text.toString(); // read without closing: the report flushed it
  }

  @Test
  void aHeaderThenOneRecordPerRowAllFlushed_M6_S1() {
    String written = csv((command, rows) -> {
      rows.accept(ROW);
      rows.accept(ROW);
      return Either.right(2L);
    });

    List<String> lines = written.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(String.join(",", UsageReport.CSV_HEADER));
    assertThat(lines.get(1)).startsWith("acme,").contains("49.90").isEqualTo(lines.get(2));
  }

  @Test
  void aReportWithoutRowsIsItsHeaderAlone_M6() {
    assertThat(csv((command, rows) -> Either.right(0L)).lines().toList())
        .containsExactly(String.join(",", UsageReport.CSV_HEADER));
  }

  @Test
  void aRefusedReportWritesNothing_M6_L4() {
    StringWriter text = new StringWriter();
    UsageReport refused = (command, rows) ->
        Either.left(Refusal.of(ReasonCode.NOT_PERMITTED, "no"));

    assertThat(refused.csv(COMMAND, text).isLeft()).isTrue();
    assertThat(text.toString()).isEmpty();
  }
}
