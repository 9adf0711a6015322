// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start page: act as one of the demo users, or redeem a code as an end customer. */
@Controller
final class HomeController {
  private final DemoUsers users;
  private final Texts texts;

  HomeController(DemoUsers users, Texts texts) {
    this.users = users;
    this.texts = texts;
  }

  @GetMapping("/")
  String home(Model model) {
    Map<String, List<DemoUser>> byPartner = new LinkedHashMap<>();
    for (DemoUsers.DemoPartner partner : DemoUsers.PARTNERS) {
      byPartner.put(partner.name() + " (" + new Formats().tier(partner.tier()) + ")", users.all().stream()
          .filter(u -> u.partner().filter(partner.id()::equals).isPresent()).toList());
    }
    model.addAttribute("partners", byPartner);
    model.addAttribute("staff", users.all().stream().filter(DemoUser::staff).toList());
    return "home";
  }

  @PostMapping("/sign-in")
  String signIn(@RequestParam String user, HttpSession session, RedirectAttributes redirect) {
    DemoUser who = users.byId(user).orElse(null);
    if (who == null) {
      return "redirect:/";
    }
    session.setAttribute(WebSupport.USER, who.id());
    redirect.addFlashAttribute("notice", texts.get("notice.signed-in", who.name()));
    return who.staff() ? "redirect:/staff" : "redirect:/console";
  }

  @PostMapping("/sign-out")
  String signOut(HttpSession session, RedirectAttributes redirect) {
    session.removeAttribute(WebSupport.USER);
    redirect.addFlashAttribute("notice", texts.get("notice.signed-out"));
    return "redirect:/";
  }
}
