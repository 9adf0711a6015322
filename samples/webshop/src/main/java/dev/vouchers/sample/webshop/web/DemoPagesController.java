// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The demo's own pages: the inbox of the built-in SMTP server and the demo clock. */
@Controller
final class DemoPagesController {
  private final ObjectProvider<DemoInbox> inbox;
  private final DemoClock clock;
  private final Texts texts;

  DemoPagesController(ObjectProvider<DemoInbox> inbox, DemoClock clock, Texts texts) {
    this.inbox = inbox;
    this.clock = clock;
    this.texts = texts;
  }

  @GetMapping("/inbox")
  String inbox(Model model) {
    DemoInbox box = inbox.getIfAvailable();
    model.addAttribute("enabled", box != null);
    model.addAttribute("mails", box == null ? List.of() : box.mails());
    return "inbox";
  }

  @GetMapping("/admin/clock")
  String clock() {
    return "clock";
  }

  /** Moves the demo clock forward by an ISO-8601 duration such as {@code P31D}. */
  @PostMapping("/admin/clock")
  String advance(@RequestParam String by, RedirectAttributes redirect) {
    try {
      Duration step = Duration.parse(by.trim().toUpperCase(java.util.Locale.ROOT));
      clock.advance(step);
      redirect.addFlashAttribute("notice", texts.get("notice.clock-moved", by));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.clock", by,
          Long.toString(DemoClock.MAX_OFFSET.toDays())));
    }
    return "redirect:/admin/clock";
  }
}
