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

  /** The demo inbox, newest first, a page at a time ({@code before}: the page before's last). */
  @GetMapping("/inbox")
  String inbox(@RequestParam(defaultValue = "") String before,
      @RequestParam(defaultValue = "10") int size, Model model) {
    DemoInbox box = inbox.getIfAvailable();
    int rows = Listing.pageSize(size);
    List<DemoInbox.Mail> mails = box == null ? List.of() : box.mails(cursor(before), rows);
    model.addAttribute("enabled", box != null);
    model.addAttribute("mails", mails);
    model.addAttribute("size", rows);
    model.addAttribute("next", mails.size() == rows && mails.get(rows - 1).index() > 0
        ? Integer.toString(mails.get(rows - 1).index()) : null);
    return "inbox";
  }

  /** The inbox cursor: an e-mail's index; the first page for none or a malformed one. */
  private static int cursor(String before) {
    try {
      return before.isBlank() ? Integer.MAX_VALUE : Math.max(0, Integer.parseInt(before.strip()));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
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
