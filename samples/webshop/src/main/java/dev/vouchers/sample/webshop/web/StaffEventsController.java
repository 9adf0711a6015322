// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.sample.webshop.demo.DemoUser;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * M-5 for the vendor's staff: the events the shop's receiver got (newest first, duplicates
 * marked) and the parked ones, each with a button to retry it.
 */
@Controller
final class StaffEventsController {
  private static final String PAGE = "redirect:/staff/events";

  private final ReceivedEvents received;
  private final ListParkedEvents listParkedEvents;
  private final RetryParkedEvent retryParkedEvent;
  private final Texts texts;

  StaffEventsController(ReceivedEvents received, ListParkedEvents listParkedEvents,
      RetryParkedEvent retryParkedEvent, Texts texts) {
    this.received = received;
    this.listParkedEvents = listParkedEvents;
    this.retryParkedEvent = retryParkedEvent;
    this.texts = texts;
  }

  @GetMapping("/staff/events")
  String page(DemoUser me, Model model) {
    model.addAttribute("received", received.all());
    model.addAttribute("parked", listParkedEvents.list(new ListParkedEvents.Command(
        me.principal(), Optional.empty(), ListParkedEvents.MAX_LIMIT)).getOrElse(java.util.List.of()));
    return "staff-events";
  }

  @PostMapping("/staff/events/{id}/retry")
  String retry(@PathVariable String id, DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(retryParkedEvent.retry(new RetryParkedEvent.Command(me.principal(), id)),
        redirect, retried -> redirect.addFlashAttribute("notice",
            texts.get("notice.event-retried")));
    return PAGE;
  }
}
