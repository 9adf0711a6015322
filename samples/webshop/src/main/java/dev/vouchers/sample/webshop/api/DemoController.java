// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's tools: the inbox of the built-in SMTP server and the clock the library reads.
 * They need no header; a real shop has neither.
 */
@RestController
@RequestMapping("/api/demo")
class DemoController {
  private final DemoClock clock;
  private final ObjectProvider<DemoInbox> inbox;

  DemoController(DemoClock clock, ObjectProvider<DemoInbox> inbox) {
    this.clock = clock;
    this.inbox = inbox;
  }

  /** Every e-mail the shop sent, newest first; 501 when the inbox is switched off. */
  @GetMapping("/inbox")
  Map<String, List<Json.MailJson>> inbox() {
    DemoInbox mails = inbox.getIfAvailable();
    if (mails == null) {
      throw Problems.notImplemented(
          "the demo inbox is switched off (webshop.inbox.enabled=false)");
    }
    return Map.of("mails", mails.mails().stream().map(Json.MailJson::of).toList());
  }

  /** What the library reads as now, and how far ahead of real time that is. */
  @GetMapping("/clock")
  Json.ClockJson clock() {
    return Json.ClockJson.of(clock.instant(), clock.offset());
  }

  /**
   * Moves the clock forward, to show expiry (V-4) and the cancellation window closing (V-6).
   * Takes an ISO-8601 duration ({@code PT2H}, {@code P31D}) or period ({@code P1Y}, counted
   * from now in UTC); never backwards.
   */
  @PostMapping("/clock")
  Json.ClockJson advance(@RequestBody Bodies.ClockBody body) {
    Duration by = duration(Bodies.required(body.advance(), "advance").strip());
    if (by.isNegative()) {
      throw Problems.malformed("the demo clock only moves forward");
    }
    try {
      clock.advance(by);
    } catch (IllegalArgumentException e) { // past the farthest the demo clock goes
      throw Problems.malformed(e.getMessage());
    }
    return clock();
  }

  private Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException notADuration) {
      try {
        Instant now = clock.instant();
        return Duration.between(now,
            now.atOffset(ZoneOffset.UTC).plus(Period.parse(text)).toInstant());
      } catch (DateTimeException | ArithmeticException notAPeriod) { // P999999999Y overflows
        throw Problems.malformed(
            "advance must be an ISO-8601 duration or period, e.g. PT2H, P31D or P1Y");
      }
    }
  }
}
