// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.sample.webshop.csv.LazyCsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * M-6: the usage report per partner, product and period (ADR 0050), as JSON or as a CSV
 * download. {@code from} and {@code to} are UTC dates ({@code 2026-03-01}, the day's start) or
 * instants ({@code 2026-03-01T10:00:00Z}); {@code to} is not included. Staff name a partner or
 * leave it out for every partner; a partner's user gets its own partner's rows.
 */
@RestController
final class UsageController {
  private final UsageReport usageReport;

  UsageController(UsageReport usageReport) {
    this.usageReport = usageReport;
  }

  /** The report's rows as JSON. */
  @GetMapping("/api/usage")
  UsageJson usage(ApiUser actor, @RequestParam(required = false) @Nullable String partner,
      @RequestParam String from, @RequestParam String to,
      @RequestParam(defaultValue = "DAY") String bucket) {
    List<RowJson> rows = new ArrayList<>();
    Problems.orRefuse(usageReport.rows(command(actor, partner, from, to, bucket),
        row -> rows.add(RowJson.of(row))));
    return new UsageJson(rows);
  }

  /**
   * The report as CSV, streamed as the library reads the rows; the response starts only with
   * the first record, so that a refusal is still answered as a problem.
   */
  @GetMapping("/api/usage.csv")
  void csv(ApiUser actor, @RequestParam(required = false) @Nullable String partner,
      @RequestParam String from, @RequestParam String to,
      @RequestParam(defaultValue = "DAY") String bucket, HttpServletResponse response) {
    UsageReport.Command command = command(actor, partner, from, to, bucket);
    try (Writer out = new LazyCsvWriter(response, "usage.csv")) {
      Problems.orRefuse(usageReport.csv(command, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UsageReport.Command command(ApiUser actor, @Nullable String partner,
      String from, String to, String bucket) {
    Optional<PartnerId> id = partner == null || partner.isBlank() ? Optional.empty()
        : Optional.of(Ids.parse(partner.strip(), "partner", PartnerId::new));
    return new UsageReport.Command(actor.principal(), id, instant(from, "from"),
        instant(to, "to"), Queries.member(bucket, "bucket", UsageBucket.class));
  }

  /** A UTC date (its start) or an ISO instant; 400 naming the parameter otherwise. */
  static Instant instant(String raw, String name) {
    String text = raw.strip();
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Problems.malformed(name + " must be a date (2026-03-01) or an instant"
          + " (2026-03-01T10:00:00Z)");
    }
  }

  /**
   * The report.
   *
   * @param rows its rows in order
   */
  record UsageJson(List<RowJson> rows) {}

  /**
   * One row: its key, and per kind the count and the exact amount.
   *
   * @param partner the partner's id
   * @param product the product's id
   * @param validityYears validity
   * @param fqdns FQDNs
   * @param wildcards wildcards
   * @param period the period's first day (UTC)
   * @param currency ISO 4217
   * @param figures per kind ({@code issued}, {@code assigned}, ...): count and amount
   */
  record RowJson(String partner, String product, int validityYears, int fqdns, int wildcards,
      String period, String currency, Map<String, FigureJson> figures) {
    static RowJson of(UsageRow row) {
      Map<String, FigureJson> figures = new LinkedHashMap<>();
      for (UsageKind kind : UsageKind.values()) {
        figures.put(kind.label(),
            new FigureJson(row.count(kind), row.amount(kind).toPlainString()));
      }
      return new RowJson(row.partner().value(), row.configuration().product().value(),
          row.configuration().validityYears(), row.configuration().fqdns(),
          row.configuration().wildcards(), row.period().toString(),
          row.currency().getCurrencyCode(), figures);
    }
  }

  /**
   * How many, and their money.
   *
   * @param count how many
   * @param amount the exact amount as a decimal string, e.g. {@code "39.80"} (T-3)
   */
  record FigureJson(long count, String amount) {}

}
