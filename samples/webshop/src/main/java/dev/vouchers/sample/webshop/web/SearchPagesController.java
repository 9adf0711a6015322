// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * M-3: support search (ADR 0054) in the partner console (the partner's own vouchers) and on
 * the staff pages (the vendor's SUPPORT: one partner or every partner): by the recipient's
 * e-mail address, the last four symbols of the code, the customer name, the notes or the order
 * number, newest first, paged. An empty form shows no search; a refused text is shown above
 * the form.
 */
@Controller
final class SearchPagesController {
  private final SearchVouchers searchVouchers;

  SearchPagesController(SearchVouchers searchVouchers) {
    this.searchVouchers = searchVouchers;
  }

  @ModelAttribute("partnerNames")
  PartnerNames partnerNames() {
    return PartnerNames.INSTANCE;
  }

  /** M-3: the partner's users search their partner's vouchers. */
  @GetMapping("/console/search")
  String console(@RequestParam(defaultValue = "EMAIL") String by,
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    return search("/console/search", by, q, "", size, after, me, model);
  }

  /** M-3: the vendor's SUPPORT searches one partner's vouchers or every partner's. */
  @GetMapping("/staff/search")
  String staff(@RequestParam(defaultValue = "EMAIL") String by,
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    model.addAttribute("partners", DemoUsers.PARTNERS);
    return search("/staff/search", by, q, partner, size, after, me, model);
  }

  private String search(String path, String by, String q, String partner, int size,
      @Nullable String after, DemoUser me, Model model) {
    SearchVouchers.By field = Arrays.stream(SearchVouchers.By.values())
        .filter(b -> b.name().equals(by)).findFirst().orElse(SearchVouchers.By.EMAIL);
    int rows = Listing.pageSize(size);
    model.addAttribute("path", path);
    model.addAttribute("staffSearch", path.startsWith("/staff"));
    model.addAttribute("fields", SearchVouchers.By.values());
    model.addAttribute("by", field.name());
    model.addAttribute("q", q);
    model.addAttribute("partner", partner);
    model.addAttribute("size", rows);
    model.addAttribute("sizes", Listing.PAGE_SIZES);
    if (q.isEmpty()) {
      return "search";
    }
    Optional<PartnerId> scope = WebSupport.id(partner.strip(), PartnerId::of);
    var found = searchVouchers.search(new SearchVouchers.Command(me.principal(), scope, field, q,
        Listing.page(rows, after)));
    if (found.isLeft()) {
      model.addAttribute("refusal", found.getLeft());
    } else {
      model.addAttribute("page", found.get());
    }
    return "search";
  }
}
