// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * the shop's customer sign-up. A new customer may choose one of the approved resellers;
 * the shop's sign-up back-end links it as a service ({@link DemoCustomers#SIGN_UP}), so its
 * reseller's discount applies from this moment on.
 */
@Controller
final class SignUpController {
  private static final String PAGE = "redirect:/customers/sign-up";

  private final DemoCustomers customers;
  private final ListResellerApplications listApplications;

  SignUpController(DemoCustomers customers, ListResellerApplications listApplications) {
    this.customers = customers;
    this.listApplications = listApplications;
  }

  @GetMapping("/customers/sign-up")
  String page(Model model) {
    Map<String, String> resellers = new LinkedHashMap<>();
    // the sign-up form offers the newest approved resellers (a demo shop has a handful)
    listApplications.list(new ListResellerApplications.Command(DemoCustomers.SIGN_UP,
            Set.of(ResellerApplicationStatus.APPROVED), PageRequest.first(PageRequest.MAX_SIZE)))
        .map(page -> page.items()).getOrElse(List.of()).stream()
        .map(ResellerApplication::partner)
        .forEach(p -> resellers.put(p.value(), DemoUsers.partnerName(p)));
    model.addAttribute("resellers", resellers);
    return "sign-up";
  }

  @PostMapping("/customers/sign-up")
  String signUp(@RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String reseller, RedirectAttributes redirect) {
    if (!DemoCustomers.validName(name)) {
      redirect.addFlashAttribute("problem", "Give your company's name (1.."
          + DemoCustomers.MAX_NAME + " characters).");
      return PAGE;
    }
    Optional<PartnerId> chosen = reseller.isBlank() ? Optional.empty()
        : WebSupport.id(reseller.strip(), PartnerId::of);
    WebSupport.tell(customers.signUp(name, chosen), redirect, done -> {
      redirect.addFlashAttribute("signedUp", done.customer());
      redirect.addFlashAttribute("notice", "Welcome, " + done.customer().name()
          + ". Your customer id is " + done.customer().id() + done.link().map(
              l -> "; your reseller is " + DemoUsers.partnerName(l.reseller()) + " from "
                  + new Formats().at(l.from()) + " on.").orElse("; you have no reseller."));
    });
    return PAGE;
  }
}
