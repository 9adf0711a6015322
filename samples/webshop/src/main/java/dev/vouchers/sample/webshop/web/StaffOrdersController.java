// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.sample.webshop.demo.DemoUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's staff find an order of any partner by the number a customer reads out on the
 * phone (M-4) and extend the expiry of one of its vouchers or of all of them, with a reason
 * (M-2).
 */
@Controller
final class StaffOrdersController {
  private static final String PAGE = "/staff/orders";

  private final FindOrderByNumber findOrderByNumber;
  private final ExtendExpiry extendExpiry;
  private final Texts texts;

  StaffOrdersController(FindOrderByNumber findOrderByNumber, ExtendExpiry extendExpiry,
      Texts texts) {
    this.findOrderByNumber = findOrderByNumber;
    this.extendExpiry = extendExpiry;
    this.texts = texts;
  }

  @ModelAttribute("partnerNames")
  PartnerNames partnerNames() {
    return PartnerNames.INSTANCE;
  }

  /** M-4: the search form, and the order found by its number. */
  @GetMapping(PAGE)
  String page(@RequestParam(defaultValue = "") String number, DemoUser me, Model model) {
    model.addAttribute("number", number);
    if (!number.isBlank()) {
      var found = findOrderByNumber.find(new FindOrderByNumber.Command(me.principal(), number));
      if (found.isLeft()) {
        model.addAttribute("refusal", found.getLeft());
      } else {
        model.addAttribute("found", found.get());
      }
    }
    return "staff-orders";
  }

  /**
   * M-2: extends the expiry of the whole order ({@code order}) or of one voucher
   * ({@code voucher}) to the end of the day chosen, in the shop's zone.
   */
  @PostMapping(PAGE + "/expiry")
  String extend(@RequestParam(defaultValue = "") String order,
      @RequestParam(defaultValue = "") String voucher, @RequestParam String until,
      @RequestParam(defaultValue = "") String why, @RequestParam(defaultValue = "") String number,
      DemoUser me, RedirectAttributes redirect) {
    redirect.addAttribute("number", number);
    Instant expiry;
    try {
      // the end of the chosen day: the first instant of the next one (as V-4's end of day)
      expiry = LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      redirect.addFlashAttribute("problem", texts.get("staff-orders.no-date", until));
      return "redirect:" + PAGE;
    }
    Optional<VoucherId> one = voucher.isBlank() ? Optional.empty()
        : WebSupport.id(voucher.strip(), VoucherId::of);
    Optional<OrderId> whole = WebSupport.id(order.strip(), OrderId::of);
    if (one.isEmpty() && (!voucher.isBlank() || whole.isEmpty())) {
      return WebSupport.notFound(redirect, voucher.isBlank() ? "order" : "voucher",
          "redirect:" + PAGE);
    }
    ExtendExpiry.Command command = one.isPresent()
        ? ExtendExpiry.Command.voucher(me.principal(), one.get(), expiry, why)
        : ExtendExpiry.Command.order(me.principal(), whole.get(), expiry, why);
    WebSupport.tell(extendExpiry.extend(command), redirect, done -> redirect.addFlashAttribute(
        "notice", texts.get("staff-orders.extended", Long.toString(done.vouchers()),
            new Formats().day(done.until().minusNanos(1)))));
    return "redirect:" + PAGE;
  }
}
