// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.sample.webshop.csv.LazyCsvWriter;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * M-6: the usage report (ADR 0050) as a page with a form (partner for staff, from, to, days or
 * months) showing the rows, and as a CSV download: for vendor staff under {@code /staff/usage}
 * (every partner or one), for a partner's users under {@code /console/usage} (their own).
 * Dates are UTC days; the end date is not included.
 */
@Controller
final class UsageReportController {
  /** Rows a page shows; the CSV has them all. */
  static final int SHOWN = 500;

  private final UsageReport usageReport;
  private final Clock clock;

  UsageReportController(UsageReport usageReport, Clock clock) {
    this.usageReport = usageReport;
    this.clock = clock;
  }

  @GetMapping("/staff/usage")
  String staff(@RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "DAY") String bucket, DemoUser me, Model model) {
    model.addAttribute("partners", DemoUsers.PARTNERS);
    model.addAttribute("partner", partner);
    return page("/staff/usage", partner, from, to, bucket, me, model);
  }

  @GetMapping("/console/usage")
  String console(@RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "DAY") String bucket, DemoUser me, Model model) {
    return page("/console/usage", "", from, to, bucket, me, model);
  }

  @GetMapping("/staff/usage.csv")
  void staffCsv(@RequestParam(defaultValue = "") String partner, @RequestParam String from,
      @RequestParam String to, @RequestParam(defaultValue = "DAY") String bucket, DemoUser me,
      HttpServletResponse response) throws IOException {
    csv(partner, from, to, bucket, me, response);
  }

  @GetMapping("/console/usage.csv")
  void consoleCsv(@RequestParam String from, @RequestParam String to,
      @RequestParam(defaultValue = "DAY") String bucket, DemoUser me,
      HttpServletResponse response) throws IOException {
    csv("", from, to, bucket, me, response);
  }

  private String page(String path, String partner, String from, String to, String bucket,
      DemoUser me, Model model) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    model.addAttribute("path", path);
    model.addAttribute("from", from.isBlank() ? today.withDayOfMonth(1).toString() : from);
    model.addAttribute("to", to.isBlank() ? today.plusDays(1).toString() : to);
    model.addAttribute("bucket", bucket);
    model.addAttribute("buckets", UsageBucket.values());
    model.addAttribute("kinds", UsageKind.values());
    if (from.isBlank() || to.isBlank()) {
      return "usage";
    }
    Optional<UsageReport.Command> command = command(partner, from, to, bucket, me);
    if (command.isEmpty()) {
      model.addAttribute("problem", "Give the dates as yyyy-mm-dd, the partner as listed.");
      return "usage";
    }
    List<UsageRow> rows = new ArrayList<>();
    long[] total = {0};
    Either<Refusal, Long> answer = usageReport.rows(command.get(), row -> {
      if (rows.size() < SHOWN) {
        rows.add(row);
      }
      total[0]++;
    });
    if (answer.isLeft()) {
      model.addAttribute("refusal", answer.getLeft());
      return "usage";
    }
    model.addAttribute("rows", rows);
    model.addAttribute("total", total[0]);
    model.addAttribute("csv", path + ".csv?partner=" + encode(partner) + "&from="
        + encode(from) + "&to=" + encode(to) + "&bucket=" + encode(bucket));
    return "usage";
  }

  private void csv(String partner, String from, String to, String bucket, DemoUser me,
      HttpServletResponse response) throws IOException {
    Optional<UsageReport.Command> command = command(partner, from, to, bucket, me);
    if (command.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST,
          "give the dates as yyyy-mm-dd and the partner as listed");
      return;
    }
    // the response starts with the first record: a refusal writes nothing and is answered
    LazyCsvWriter out = new LazyCsvWriter(response, "usage-"
        + LocalDate.ofInstant(command.get().from(), ZoneOffset.UTC) + "-"
        + LocalDate.ofInstant(command.get().to(), ZoneOffset.UTC) + ".csv");
    Either<Refusal, Long> answer = usageReport.csv(command.get(), out);
    if (answer.isLeft()) {
      response.sendError(answer.getLeft().has(ReasonCode.NOT_FOUND)
          ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST,
          answer.getLeft().toString());
      return;
    }
    out.flush();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The command, or empty when a date or the partner is malformed. */
  private static Optional<UsageReport.Command> command(String partner, String from, String to,
      String bucket, DemoUser me) {
    try {
      Optional<PartnerId> id = partner.isBlank() ? Optional.empty()
          : WebSupport.id(partner.strip(), PartnerId::new);
      if (!partner.isBlank() && id.isEmpty()) {
        return Optional.empty();
      }
      UsageBucket by = "MONTH".equals(bucket.strip().toUpperCase(Locale.ROOT))
          ? UsageBucket.MONTH : UsageBucket.DAY;
      return Optional.of(new UsageReport.Command(me.principal(), id,
          LocalDate.parse(from.strip()).atStartOfDay(ZoneOffset.UTC).toInstant(),
          LocalDate.parse(to.strip()).atStartOfDay(ZoneOffset.UTC).toInstant(), by));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

}
