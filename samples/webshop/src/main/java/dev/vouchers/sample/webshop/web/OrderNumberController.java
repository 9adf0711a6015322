// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.sample.webshop.demo.DemoUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * M-4: the partner console finds one of the partner's orders by its short number (as the
 * customer reads it out on the phone) and shows it; another partner's number is not found
 * (A-1).
 */
@Controller
final class OrderNumberController {
  private final FindOrderByNumber findOrderByNumber;

  OrderNumberController(FindOrderByNumber findOrderByNumber) {
    this.findOrderByNumber = findOrderByNumber;
  }

  @GetMapping("/console/orders/find")
  String find(@RequestParam(defaultValue = "") String number, DemoUser me,
      RedirectAttributes redirect) {
    var found = findOrderByNumber.find(new FindOrderByNumber.Command(me.principal(), number));
    if (found.isLeft()) {
      redirect.addFlashAttribute("refusal", found.getLeft());
      return "redirect:/console/orders";
    }
    redirect.addAttribute("id", found.get().id().value());
    return "redirect:/console/orders/{id}";
  }
}
