// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's staff and the partners' sub-accounts (I-3): only a partner manager changes a
 * sub-account's type and attaches or detaches a contract (which fixes billing and pricing);
 * support sees the same page and is refused.
 */
@Controller
final class StaffSubAccountsController {
  private static final String PAGE = "redirect:/staff/sub-accounts";
  private static final int PER_PARTNER = 50;

  private final ListSubAccounts listSubAccounts;
  private final ChangeSubAccountType changeSubAccountType;
  private final AttachContract attachContract;
  private final DetachContract detachContract;
  private final Texts texts;

  StaffSubAccountsController(ListSubAccounts listSubAccounts,
      ChangeSubAccountType changeSubAccountType, AttachContract attachContract,
      DetachContract detachContract,
      Texts texts) {
    this.texts = texts;
    this.listSubAccounts = listSubAccounts;
    this.changeSubAccountType = changeSubAccountType;
    this.attachContract = attachContract;
    this.detachContract = detachContract;
  }

  /**
   * One partner's sub-accounts as staff see them.
   *
   * @param partner the partner's display name
   * @param partnerId the partner's id, for its "next page" link
   * @param subAccounts one page of its sub-accounts, newest first
   * @param total how many it has in all, counted up to a cap (shown as "10000+" beyond it)
   * @param next the cursor of its next page, empty on its last
   */
  public record PartnerSubAccounts(String partner, String partnerId, List<SubAccount> subAccounts,
      Page.Total total, Optional<String> next) {}

  /**
   * Every partner's sub-accounts, a page each (O-5 style keyset paging): {@code partner} and
   * {@code after} page on through one partner's list, the others show their first page.
   */
  @GetMapping("/staff/sub-accounts")
  String page(@RequestParam(required = false) @Nullable String partner,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    List<PartnerSubAccounts> partners = new ArrayList<>();
    for (DemoUsers.DemoPartner each : DemoUsers.PARTNERS) {
      PageRequest rows = each.id().value().equals(partner)
          ? Listing.page(PER_PARTNER, after) : PageRequest.first(PER_PARTNER);
      listSubAccounts.list(new ListSubAccounts.Command(me.principal(), each.id(), rows))
          .forEach(page -> partners.add(new PartnerSubAccounts(each.name(),
              each.id().value(), page.items(), page.total(), page.next())));
    }
    model.addAttribute("partners", partners);
    model.addAttribute("types", SubAccountType.values());
    return "staff-sub-accounts";
  }

  /** I-3: only the vendor changes the type. */
  @PostMapping("/staff/sub-accounts/{id}/type")
  String type(@PathVariable String id, @RequestParam String type, DemoUser me,
      RedirectAttributes redirect) {
    Optional<SubAccountId> subAccount = WebSupport.id(id, SubAccountId::of);
    Optional<SubAccountType> parsed = SubAccountConsoleController.type(type);
    if (subAccount.isEmpty()) {
      return WebSupport.notFound(redirect, "sub-account", PAGE);
    }
    if (parsed.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.sub-account-type"));
      return PAGE;
    }
    WebSupport.tell(changeSubAccountType.change(new ChangeSubAccountType.Command(
        me.principal(), subAccount.get(), parsed.get())), redirect, changed ->
        redirect.addFlashAttribute("notice", changed.organisation().name() + " is now an "
            + changed.type() + " sub-account."));
    return PAGE;
  }

  /** I-3: attaches (or replaces) a contract; billing and pricing then follow it. */
  @PostMapping("/staff/sub-accounts/{id}/contract")
  String attach(@PathVariable String id, @RequestParam String contract, DemoUser me,
      RedirectAttributes redirect) {
    Optional<SubAccountId> subAccount = WebSupport.id(id, SubAccountId::of);
    if (subAccount.isEmpty()) {
      return WebSupport.notFound(redirect, "sub-account", PAGE);
    }
    WebSupport.tell(attachContract.attach(new AttachContract.Command(me.principal(),
        subAccount.get(), contract)), redirect, changed -> redirect.addFlashAttribute("notice",
            "Contract " + changed.contract().map(Object::toString).orElse("") + " attached to "
                + changed.organisation().name() + "; its partner can no longer change billing"
                + " and pricing."));
    return PAGE;
  }

  /** I-3: detaches the contract; the partner may change billing and pricing again. */
  @PostMapping("/staff/sub-accounts/{id}/contract/detach")
  String detach(@PathVariable String id,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<SubAccountId> subAccount = WebSupport.id(id, SubAccountId::of);
    if (subAccount.isEmpty()) {
      return WebSupport.notFound(redirect, "sub-account", PAGE);
    }
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.contract-detach"),
          "/staff/sub-accounts");
    }
    WebSupport.tell(detachContract.detach(new DetachContract.Command(me.principal(),
        subAccount.get())), redirect, changed -> redirect.addFlashAttribute("notice",
            texts.get("notice.contract-detached", changed.organisation().name())));
    return PAGE;
  }
}
