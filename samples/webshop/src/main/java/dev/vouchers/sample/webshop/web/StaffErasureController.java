// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.sample.webshop.demo.DemoUser;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-1: the vendor's support staff erase one person's data on request: by e-mail address, or
 * a partner's customer by the name on the orders. The page says what was erased (how many
 * stored entries), never whose data it was.
 */
@Controller
final class StaffErasureController {
  private static final String PAGE = "/staff/erasure";

  private final ErasePersonalData erasePersonalData;
  private final Texts texts;

  StaffErasureController(ErasePersonalData erasePersonalData, Texts texts) {
    this.erasePersonalData = erasePersonalData;
    this.texts = texts;
  }

  /** The two forms. */
  @GetMapping(PAGE)
  String page() {
    return "staff-erasure";
  }

  /** E-1: erases every stored value of one e-mail address. */
  @PostMapping(PAGE + "/address")
  String address(@RequestParam(defaultValue = "") String address, DemoUser me,
      RedirectAttributes redirect) {
    WebSupport.tell(erasePersonalData.erase(
        ErasePersonalData.Command.address(me.principal(), address)), redirect,
        done -> redirect.addFlashAttribute("notice",
            texts.get("staff-erasure.erased", Long.toString(done.rows()))));
    return "redirect:" + PAGE;
  }

  /** E-1: erases the customer name and notes of a partner's orders for one customer. */
  @PostMapping(PAGE + "/customer")
  String customer(@RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "") String customer, DemoUser me,
      RedirectAttributes redirect) {
    WebSupport.tell(erasePersonalData.erase(new ErasePersonalData.Command(me.principal(),
        Optional.empty(), Optional.of(partner), Optional.of(customer))), redirect,
        done -> redirect.addFlashAttribute("notice",
            texts.get("staff-erasure.erased", Long.toString(done.rows()))));
    return "redirect:" + PAGE;
  }
}
