// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.sample.webshop.demo.DemoUser;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner console's sub-accounts (I-1..I-3): invite by e-mail with a type and a message,
 * the invitations with their status as of now (an expired one shows EXPIRED before any sweep),
 * resend and cancel, and the sub-accounts with their billing and pricing. Every partner user
 * sees the page; a {@code SALES_AGENT}'s changes are refused, as are billing changes of a
 * sub-account with a contract (I-3).
 */
@Controller
final class SubAccountConsoleController {
  private static final String PAGE = "redirect:/console/sub-accounts";
  private static final int SUB_ACCOUNTS_PER_PAGE = 25;

  private final InviteSubAccount inviteSubAccount;
  private final ResendInvitation resendInvitation;
  private final CancelInvitation cancelInvitation;
  private final ListInvitations listInvitations;
  private final GetInvitation getInvitation;
  private final ListSubAccounts listSubAccounts;
  private final GetSubAccount getSubAccount;
  private final ChangeSubAccountBilling changeSubAccountBilling;
  private final Texts texts;

  SubAccountConsoleController(InviteSubAccount inviteSubAccount,
      ResendInvitation resendInvitation, CancelInvitation cancelInvitation,
      ListInvitations listInvitations, GetInvitation getInvitation,
      ListSubAccounts listSubAccounts, GetSubAccount getSubAccount,
      ChangeSubAccountBilling changeSubAccountBilling, Texts texts) {
    this.texts = texts;
    this.inviteSubAccount = inviteSubAccount;
    this.resendInvitation = resendInvitation;
    this.cancelInvitation = cancelInvitation;
    this.listInvitations = listInvitations;
    this.getInvitation = getInvitation;
    this.listSubAccounts = listSubAccounts;
    this.getSubAccount = getSubAccount;
    this.changeSubAccountBilling = changeSubAccountBilling;
  }

  /** I-2, I-3: the invite form, the invitations (filtered, paged) and the sub-accounts. */
  @GetMapping("/console/sub-accounts")
  String page(@RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String accountsAfter, DemoUser me,
      Model model) {
    int rows = Listing.pageSize(size);
    model.addAttribute("status", status);
    model.addAttribute("size", rows);
    model.addAttribute("sizes", Listing.PAGE_SIZES);
    model.addAttribute("statuses", InvitationStatus.values());
    model.addAttribute("types", SubAccountType.values());
    model.addAttribute("billings", Billing.values());
    model.addAttribute("sub", SubAccountFormats.INSTANCE);
    var accounts = listSubAccounts.list(new ListSubAccounts.Command(me.principal(),
        WebSupport.partnerOf(me), Listing.page(SUB_ACCOUNTS_PER_PAGE, accountsAfter)));
    if (accounts.isLeft()) {
      model.addAttribute("refusal", accounts.getLeft());
      return "refused";
    }
    model.addAttribute("accounts", accounts.get());
    return WebSupport.show(listInvitations.list(new ListInvitations.Command(me.principal(),
        WebSupport.partnerOf(me), statuses(status), Listing.page(rows, after))), model,
        invitations -> model.addAttribute("invitations", invitations), "sub-accounts");
  }

  /** I-1: invites by e-mail with a type and an optional message; the e-mail is in the inbox. */
  @PostMapping("/console/sub-accounts/invitations")
  String invite(@RequestParam String email, @RequestParam String type,
      @RequestParam(defaultValue = "") String message, DemoUser me,
      RedirectAttributes redirect) {
    Optional<SubAccountType> parsed = type(type);
    if (parsed.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.sub-account-type"));
      return PAGE;
    }
    WebSupport.tell(inviteSubAccount.invite(new InviteSubAccount.Command(me.principal(),
        WebSupport.partnerOf(me), email, parsed.get(), message)), redirect, view ->
        redirect.addFlashAttribute("notice", texts.get("notice.invitation-sent",
            view.recipient().value(), new Formats().at(view.expiresAt()))));
    return PAGE;
  }

  /** I-2: one invitation with its history. */
  @GetMapping("/console/sub-accounts/invitations/{id}")
  String invitation(@PathVariable String id, DemoUser me, Model model) {
    Optional<InvitationId> invitation = WebSupport.id(id, InvitationId::of);
    if (invitation.isEmpty()) {
      return WebSupport.notFound(model, "invitation");
    }
    return WebSupport.show(getInvitation.get(new GetInvitation.Command(me.principal(),
        invitation.get())), model, details -> model.addAttribute("details", details),
        "invitation");
  }

  /** I-2: sends again with a new link; the old link stops working. */
  @PostMapping("/console/sub-accounts/invitations/{id}/resend")
  String resend(@PathVariable String id, DemoUser me, RedirectAttributes redirect) {
    Optional<InvitationId> invitation = WebSupport.id(id, InvitationId::of);
    if (invitation.isEmpty()) {
      return WebSupport.notFound(redirect, "invitation", PAGE);
    }
    WebSupport.tell(resendInvitation.resend(new ResendInvitation.Command(me.principal(),
        invitation.get())), redirect, view -> redirect.addFlashAttribute("notice",
            texts.get("notice.invitation-resent", view.recipient().value(),
                new Formats().at(view.expiresAt()))));
    return PAGE;
  }

  /** I-2: cancels a pending invitation; its link stops working. */
  @PostMapping("/console/sub-accounts/invitations/{id}/cancel")
  String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model,
      RedirectAttributes redirect) {
    Optional<InvitationId> invitation = WebSupport.id(id, InvitationId::of);
    if (invitation.isEmpty()) {
      return WebSupport.notFound(redirect, "invitation", PAGE);
    }
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.invitation-cancel"),
          "/console/sub-accounts/invitations/" + invitation.get().value());
    }
    WebSupport.tell(cancelInvitation.cancel(new CancelInvitation.Command(me.principal(),
        invitation.get(), why.isBlank() ? "cancelled in the partner console" : why)), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.invitation-cancelled",
            view.recipient().value())));
    return PAGE;
  }

  /** I-3: one sub-account with its history. */
  @GetMapping("/console/sub-accounts/{id}")
  String subAccount(@PathVariable String id, DemoUser me, Model model) {
    Optional<SubAccountId> subAccount = WebSupport.id(id, SubAccountId::of);
    if (subAccount.isEmpty()) {
      return WebSupport.notFound(model, "sub-account");
    }
    model.addAttribute("billings", Billing.values());
    model.addAttribute("sub", SubAccountFormats.INSTANCE);
    return WebSupport.show(getSubAccount.get(new GetSubAccount.Command(me.principal(),
        subAccount.get())), model, details -> model.addAttribute("details", details),
        "sub-account");
  }

  /**
   * I-3: who is billed and which prices apply; refused while a contract is attached, and for a
   * {@code SALES_AGENT}.
   */
  @PostMapping("/console/sub-accounts/{id}/billing")
  String billing(@PathVariable String id, @RequestParam String billing,
      @RequestParam String pricing, @RequestParam(defaultValue = "") String percent,
      @RequestParam(defaultValue = "") String back, DemoUser me,
      RedirectAttributes redirect) {
    // {id}: the path variable of this request, encoded (a raw "{x}" in it would fail the redirect)
    String target = "detail".equals(back) ? "redirect:/console/sub-accounts/{id}" : PAGE;
    Optional<SubAccountId> subAccount = WebSupport.id(id, SubAccountId::of);
    if (subAccount.isEmpty()) {
      return WebSupport.notFound(redirect, "sub-account", target);
    }
    Optional<Billing> who = parse(billing, Billing.class);
    Either<String, Pricing> prices = pricing(pricing, percent);
    if (who.isEmpty() || prices.isLeft()) {
      redirect.addFlashAttribute("problem", who.isEmpty()
          ? "Choose who is billed: SELF or PARTNER." : prices.getLeft());
      return target;
    }
    WebSupport.tell(changeSubAccountBilling.change(new ChangeSubAccountBilling.Command(
        me.principal(), subAccount.get(), who.get(), prices.get())), redirect,
        changed -> redirect.addFlashAttribute("notice", changed.organisation().name()
            + " is now billed to " + changed.billing() + " at "
            + changed.pricing().describe() + "."));
    return target;
  }

  /** The pricing a form chose: list prices, the partner's tier prices or a discount. */
  static Either<String, Pricing> pricing(String kind, String percent) {
    return switch (kind.strip().toUpperCase(Locale.ROOT)) {
      case SubAccountFormats.LIST_PRICES -> Either.right(Pricing.listPrices());
      case SubAccountFormats.PARTNER_TIER -> Either.right(Pricing.partnerTier());
      case SubAccountFormats.CUSTOM_DISCOUNT -> discount(percent);
      default -> Either.left("Choose list prices, the partner's tier prices or a discount.");
    };
  }

  private static Either<String, Pricing> discount(String percent) {
    try {
      return Either.right(Pricing.discount(new BigDecimal(percent.strip())));
    } catch (IllegalArgumentException e) { // a NumberFormatException too
      return Either.left("A discount is more than 0 and at most 100 percent, e.g. 12.5; '"
          + percent + "' is not.");
    }
  }

  static Optional<SubAccountType> type(String raw) {
    return parse(raw, SubAccountType.class);
  }

  static <E extends Enum<E>> Optional<E> parse(String raw, Class<E> type) {
    try {
      return Optional.of(Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The invitation filter; unlike {@link Listing#status} it reads any case, as this page reads
   * its other choices ({@link #parse}). None or an unknown one: all.
   */
  private static Set<InvitationStatus> statuses(@Nullable String status) {
    if (status == null || status.isBlank()) {
      return Set.of();
    }
    return parse(status, InvitationStatus.class)
        .<Set<InvitationStatus>>map(s -> EnumSet.of(s)).orElse(Set.of());
  }
}
