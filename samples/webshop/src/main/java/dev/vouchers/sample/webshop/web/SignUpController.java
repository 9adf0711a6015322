// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.Page;
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

  /** How many approved resellers the form offers, newest first. */
  static final int RESELLERS_OFFERED = 100;
  private final DemoCustomers customers;
  private final ListResellerApplications listApplications;
  private final Texts texts;

  SignUpController(DemoCustomers customers, ListResellerApplications listApplications,
      Texts texts) {
    this.customers = customers;
    this.listApplications = listApplications;
    this.texts = texts;
  }

  @GetMapping("/customers/sign-up")
  String page(Model model) {
    Map<String, String> resellers = new LinkedHashMap<>();
    // the sign-up form offers the newest approved resellers (a demo shop has a handful; a shop
    // with many would offer a search instead) and says so when there are more
    Page<ResellerApplication> approved = listApplications.list(
            new ListResellerApplications.Command(DemoCustomers.SIGN_UP,
                Set.of(ResellerApplicationStatus.APPROVED), PageRequest.first(RESELLERS_OFFERED)))
        .getOrElse(() -> new Page<>(List.of(), Optional.empty(), Page.Total.counted(0)));
    approved.items().stream().map(ResellerApplication::partner)
        .forEach(p -> resellers.put(p.value(), DemoUsers.partnerName(p)));
    model.addAttribute("resellers", resellers);
    model.addAttribute("moreResellers", approved.next().isPresent());
    model.addAttribute("offered", RESELLERS_OFFERED);
    return "sign-up";
  }

  @PostMapping("/customers/sign-up")
  String signUp(@RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String reseller, RedirectAttributes redirect) {
    if (!DemoCustomers.validName(name)) {
      redirect.addFlashAttribute("problem", texts.get("signup.name-problem",
          DemoCustomers.MAX_NAME));
      return PAGE;
    }
    Optional<PartnerId> chosen = reseller.isBlank() ? Optional.empty()
        : WebSupport.id(reseller.strip(), PartnerId::of);
    WebSupport.tell(customers.signUp(name, chosen), redirect, done -> {
      redirect.addFlashAttribute("signedUp", done.customer());
      String customer = done.customer().name();
      String id = done.customer().id().value();
      redirect.addFlashAttribute("notice", done.link().map(l -> texts.get("signup.welcome",
              customer, id, DemoUsers.partnerName(l.reseller()), new Formats().at(l.from())))
          .orElseGet(() -> texts.get("signup.welcome-alone", customer, id)));
    });
    return PAGE;
  }
}
