// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's staff and the reseller programme: the partner managers' application
 * queue (send the contract, record it signed, approve with a discount, reject with a reason),
 * the approved resellers and their discounts, and support's links between customers and
 * resellers (link, move to another reseller, unlink).
 */
@Controller
final class ResellerStaffController {
  private static final String PAGE = "redirect:/staff/resellers";
  /** The queue shows the open applications unless asked for all. */
  static final Set<ResellerApplicationStatus> OPEN = EnumSet.of(
      ResellerApplicationStatus.SUBMITTED, ResellerApplicationStatus.CONTRACT_SENT,
      ResellerApplicationStatus.CONTRACT_SIGNED);

  /** O-5: the applications a page of the queue shows. */
  static final int QUEUE_PER_PAGE = 25;
  /** The approved resellers a page shows, newest first. */
  static final int RESELLERS_PER_PAGE = 25;
  /** The shop's customers a page shows, newest first. */
  static final int SHOP_CUSTOMERS_PER_PAGE = 25;
  /** The customers shown per reseller, newest first. */
  private static final int CUSTOMERS_SHOWN = 25;
  private final DemoCustomers customers;
  private final ListResellerApplications listApplications;
  private final GetResellerApplication getApplication;
  private final SendResellerContract sendContract;
  private final RecordResellerContractSigned recordSigned;
  private final ApproveResellerApplication approve;
  private final RejectResellerApplication reject;
  private final SetResellerDiscount setDiscount;
  private final ListResellerCustomers listCustomers;
  private final GetCustomerLinks getCustomerLinks;
  private final UnlinkCustomer unlinkCustomer;
  private final Texts texts;

  ResellerStaffController(DemoCustomers customers,
      ListResellerApplications listApplications, GetResellerApplication getApplication,
      SendResellerContract sendContract, RecordResellerContractSigned recordSigned,
      ApproveResellerApplication approve, RejectResellerApplication reject,
      SetResellerDiscount setDiscount, ListResellerCustomers listCustomers,
      GetCustomerLinks getCustomerLinks, UnlinkCustomer unlinkCustomer, Texts texts) {
    this.texts = texts;
    this.customers = customers;
    this.listApplications = listApplications;
    this.getApplication = getApplication;
    this.sendContract = sendContract;
    this.recordSigned = recordSigned;
    this.approve = approve;
    this.reject = reject;
    this.setDiscount = setDiscount;
    this.listCustomers = listCustomers;
    this.getCustomerLinks = getCustomerLinks;
    this.unlinkCustomer = unlinkCustomer;
  }

  @ModelAttribute("partnerNames")
  PartnerNames partnerNames() {
    return PartnerNames.INSTANCE;
  }

  /**
   * the queue (open applications, oldest first; {@code status=all} or one status for
   * others), the approved resellers with their customers, and the shop's customers with their
   * current reseller; {@code customer=} shows one customer's whole link history.
   */
  @GetMapping("/staff/resellers")
  String page(@RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String customer,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String resellersAfter,
      @RequestParam(required = false) @Nullable String customersAfter, DemoUser me,
      Model model) {
    Actor principal = me.principal();
    model.addAttribute("status", status);
    model.addAttribute("statuses", ResellerApplicationStatus.values());
    Page<ResellerApplication> queue = listApplications.list(new ListResellerApplications.Command(
        principal, statuses(status), Listing.page(QUEUE_PER_PAGE, after)))
        .getOrElse(() -> empty());
    model.addAttribute("queue", queue.items());
    model.addAttribute("queueNext", queue.next().orElse(null));
    // O-5: the newest approved resellers, each with its newest customers (the reseller's own
    // console pages through all of them)
    Page<ResellerApplication> resellerPage = listApplications.list(
        new ListResellerApplications.Command(principal,
            Set.of(ResellerApplicationStatus.APPROVED),
            Listing.page(RESELLERS_PER_PAGE, resellersAfter)))
        .getOrElse(() -> empty());
    List<ResellerApplication> resellers = resellerPage.items();
    model.addAttribute("resellers", resellers);
    model.addAttribute("resellersNext", resellerPage.next().orElse(null));
    Map<PartnerId, List<CustomerLink>> resellerCustomers = new LinkedHashMap<>();
    for (ResellerApplication reseller : resellers) {
      resellerCustomers.put(reseller.partner(), listCustomers.list(
          new ListResellerCustomers.Command(principal, reseller.partner(),
              PageRequest.first(CUSTOMERS_SHOWN))).map(Page::items).getOrElse(List.of()));
    }
    model.addAttribute("resellerCustomers", resellerCustomers);
    Map<DemoCustomers.Customer, Optional<CustomerLink>> shopCustomers = new LinkedHashMap<>();
    List<DemoCustomers.Customer> shopPage = customers.page(SHOP_CUSTOMERS_PER_PAGE,
        customersAfter == null ? Optional.empty()
            : WebSupport.id(customersAfter, CustomerId::of));
    model.addAttribute("customersNext", shopPage.size() == SHOP_CUSTOMERS_PER_PAGE
        ? shopPage.get(shopPage.size() - 1).id().value() : null);
    for (DemoCustomers.Customer c : shopPage) {
      shopCustomers.put(c, getCustomerLinks.get(new GetCustomerLinks.Command(principal, c.id()))
          .map(links -> links.stream().filter(CustomerLink::isCurrent).findFirst())
          .getOrElse(Optional.empty()));
    }
    model.addAttribute("shopCustomers", shopCustomers);
    if (!customer.isBlank()) {
      model.addAttribute("lookedUp", customer.strip());
      WebSupport.id(customer.strip(), CustomerId::of).ifPresentOrElse(
          id -> getCustomerLinks.get(new GetCustomerLinks.Command(principal, id)).fold(
              refusal -> model.addAttribute("refusal", refusal),
              links -> model.addAttribute("customerLinks", links)),
          () -> model.addAttribute("problem", texts.get("staff-res.not-a-customer", customer)));
    }
    return "staff-resellers";
  }

  /** one application with its history and discount changes, and the staff's actions. */
  @GetMapping("/staff/resellers/applications/{id}")
  String application(@PathVariable String id, DemoUser me, Model model) {
    model.addAttribute("staffView", true);
    return WebSupport.showOne(getApplication.get(new GetResellerApplication.Command(me.principal(),
        WebSupport.parse(id, ResellerApplicationId::of))), model, details -> model.addAttribute("details", details),
        "reseller-application");
  }

  /** SUBMITTED → CONTRACT_SENT. */
  @PostMapping("/staff/resellers/applications/{id}/contract")
  String contract(@PathVariable String id, @RequestParam(defaultValue = "") String document,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(sendContract.send(new SendResellerContract.Command(me.principal(),
        WebSupport.parse(id, ResellerApplicationId::of), document)), redirect, a -> moved(a, redirect));
    return PAGE;
  }

  /** CONTRACT_SENT → CONTRACT_SIGNED (the signed contract came back by e-mail). */
  @PostMapping("/staff/resellers/applications/{id}/signed")
  String signed(@PathVariable String id, @RequestParam(defaultValue = "") String document,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(recordSigned.record(new RecordResellerContractSigned.Command(
        me.principal(), WebSupport.parse(id, ResellerApplicationId::of), document)), redirect,
        a -> moved(a, redirect));
    return PAGE;
  }

  /** CONTRACT_SIGNED → APPROVED, with the reseller discount if one is given. */
  @PostMapping("/staff/resellers/applications/{id}/approve")
  String approve(@PathVariable String id, @RequestParam(defaultValue = "") String discount,
      DemoUser me, RedirectAttributes redirect) {
    Optional<BigDecimal> percent = Optional.empty();
    if (!discount.isBlank()) {
      percent = percent(discount);
      if (percent.isEmpty()) {
        redirect.addFlashAttribute("problem", notAPercent(discount));
        return PAGE;
      }
    }
    WebSupport.tell(approve.approve(new ApproveResellerApplication.Command(me.principal(),
        WebSupport.parse(id, ResellerApplicationId::of), percent)), redirect, a -> moved(a, redirect));
    return PAGE;
  }

  /** an open application → REJECTED, saying why. */
  @PostMapping("/staff/resellers/applications/{id}/reject")
  String reject(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(reject.reject(new RejectResellerApplication.Command(me.principal(),
        WebSupport.parse(id, ResellerApplicationId::of), why)), redirect, a -> moved(a, redirect));
    return PAGE;
  }

  /** sets an approved reseller's discount from now on. */
  @PostMapping("/staff/resellers/{partner}/discount")
  String discount(@PathVariable String partner, @RequestParam(defaultValue = "") String percent,
      DemoUser me, RedirectAttributes redirect) {
    Optional<BigDecimal> parsed = percent(percent);
    if (parsed.isEmpty()) {
      redirect.addFlashAttribute("problem", notAPercent(percent));
      return PAGE;
    }
    WebSupport.tell(setDiscount.set(new SetResellerDiscount.Command(me.principal(),
        WebSupport.parse(partner, PartnerId::of), parsed.get())), redirect, change -> redirect.addFlashAttribute(
            "notice", DemoUsers.partnerName(change.reseller()) + ": discount "
                + change.from().map(p -> p.toPlainString() + " %").orElse("none") + " → "
                + change.to().toPlainString() + " % from now on; earlier purchases keep theirs."));
    return PAGE;
  }

  /** support links a customer to a reseller, or moves it from its reseller to another. */
  @PostMapping("/staff/resellers/links")
  String link(@RequestParam(defaultValue = "") String customer,
      @RequestParam(defaultValue = "") String reseller, DemoUser me,
      RedirectAttributes redirect) {
    Optional<CustomerId> id = WebSupport.id(customer.strip(), CustomerId::of);
    Optional<PartnerId> to = WebSupport.id(reseller.strip(), PartnerId::of);
    if (id.isEmpty() || to.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.customer-and-reseller"));
      return PAGE;
    }
    WebSupport.tell(customers.link(me.principal(), id.get(), to.get()), redirect,
        link -> redirect.addFlashAttribute("notice", customers.nameOf(link.customer())
            + " is linked to " + DemoUsers.partnerName(link.reseller()) + " from "
            + new Formats().at(link.from()) + " on ("
            + texts.get("origin." + link.origin().name()) + ")."));
    return PAGE;
  }

  /** support ends a customer's current link from now on. */
  @PostMapping("/staff/resellers/unlink")
  String unlink(@RequestParam(defaultValue = "") String customer,
      @RequestParam(defaultValue = "") String why,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<CustomerId> id = WebSupport.id(customer.strip(), CustomerId::of);
    if (id.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.customer-id"));
      return PAGE;
    }
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.customer-unlink-staff",
          customers.nameOf(id.get())), "/staff/resellers");
    }
    WebSupport.tell(unlinkCustomer.unlink(new UnlinkCustomer.Command(me.principal(),
        id.get(), why)), redirect, link -> redirect.addFlashAttribute("notice",
            texts.get("notice.customer-unlinked-staff", customers.nameOf(link.customer()),
                DemoUsers.partnerName(link.reseller()), new Formats().at(link.until()))));
    return PAGE;
  }

  private void moved(ResellerApplication application, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", texts.get("notice.application-moved",
        DemoUsers.partnerName(application.partner()),
        texts.get("status.application." + application.status().name())));
  }

  private static Set<ResellerApplicationStatus> statuses(String status) {
    if (status.equalsIgnoreCase("all")) {
      return Set.of();
    }
    try {
      return EnumSet.of(ResellerApplicationStatus.valueOf(status.strip()
          .toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return OPEN;
    }
  }

  private static Optional<BigDecimal> percent(String raw) {
    try {
      return Optional.of(new BigDecimal(raw.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String notAPercent(String raw) {
    return "'" + raw + "' is not a percentage such as 10 or 12.5.";
  }

  private static <T> Page<T> empty() {
    return new Page<>(List.of(), java.util.Optional.empty(), Page.Total.counted(0));
  }
}
