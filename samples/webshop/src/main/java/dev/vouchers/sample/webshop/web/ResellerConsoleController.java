// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.ResellerApplicationDetails;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import dev.vouchers.sample.webshop.demo.DemoUser;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The partner console's reseller programme: apply, follow the application and its
 * history, record the signed contract; once approved, the reseller's customers (current and
 * past links), moving a customer into the console, releasing one, and pricing a purchase for a
 * customer with the discount in force now and at an earlier instant.
 */
@Controller
final class ResellerConsoleController {
  /** The currency the shop prices customer purchases in. */
  static final String CURRENCY = "CHF";
  private static final String PAGE = "redirect:/console/reseller";

  /** O-5: the reseller's customers a page shows. */
  static final int CUSTOMERS_PER_PAGE = 25;
  /** The partner's applications the console shows (newest first). */
  private static final int APPLICATIONS_SHOWN = 50;
  private static final Page<CustomerLink> EMPTY_LINKS =
      new Page<>(List.of(), java.util.Optional.empty(), Page.Total.counted(0));
  private final DemoCustomers customers;
  private final ApplyAsReseller applyAsReseller;
  private final ListResellerApplications listApplications;
  private final GetResellerApplication getApplication;
  private final RecordResellerContractSigned recordSigned;
  private final ListResellerCustomers listCustomers;
  private final GetCustomerLinks getCustomerLinks;
  private final UnlinkCustomer unlinkCustomer;
  private final DiscountFor discountFor;
  private final PriceCustomerPurchase priceCustomerPurchase;
  private final Texts texts;

  ResellerConsoleController(DemoCustomers customers,
      ApplyAsReseller applyAsReseller, ListResellerApplications listApplications,
      GetResellerApplication getApplication, RecordResellerContractSigned recordSigned,
      ListResellerCustomers listCustomers, GetCustomerLinks getCustomerLinks,
      UnlinkCustomer unlinkCustomer, DiscountFor discountFor,
      PriceCustomerPurchase priceCustomerPurchase,
      Texts texts) {
    this.texts = texts;
    this.customers = customers;
    this.applyAsReseller = applyAsReseller;
    this.listApplications = listApplications;
    this.getApplication = getApplication;
    this.recordSigned = recordSigned;
    this.listCustomers = listCustomers;
    this.getCustomerLinks = getCustomerLinks;
    this.unlinkCustomer = unlinkCustomer;
    this.discountFor = discountFor;
    this.priceCustomerPurchase = priceCustomerPurchase;
  }

  @ModelAttribute("partnerNames")
  PartnerNames partnerNames() {
    return PartnerNames.INSTANCE;
  }

  /** the application(s) with their history; once approved, the customers. */
  @GetMapping("/console/reseller")
  String page(@RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    return render(me, model, after);
  }

  /**
   * what a purchase of the customer costs now, and what the discount was at an earlier
   * instant (by default just before the customer's current link started: never retroactive).
   */
  @GetMapping("/console/reseller/price")
  String price(@RequestParam(defaultValue = "") String customer,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "") String at, DemoUser me, Model model) {
    model.addAttribute("priceCustomer", customer);
    model.addAttribute("priceAmount", amount);
    model.addAttribute("priceAt", at);
    Actor principal = me.principal();
    Optional<CustomerId> id = WebSupport.id(customer.strip(), CustomerId::of);
    Optional<Money> listPrice = money(amount);
    Optional<Optional<Instant>> earlier = instant(at);
    if (id.isEmpty() || listPrice.isEmpty() || earlier.isEmpty()) {
      model.addAttribute("problem", "Give the customer id, a list price in " + CURRENCY
          + " (e.g. 100.00) and, if you like, an earlier date and time (yyyy-mm-ddThh:mm).");
      return render(me, model);
    }
    Either<Refusal, CustomerPurchase> now = priceCustomerPurchase.price(
        new PriceCustomerPurchase.Command(principal, id.get(), listPrice.get()));
    if (now.isLeft()) {
      model.addAttribute("refusal", now.getLeft());
      return render(me, model);
    }
    model.addAttribute("purchaseNow", now.get());
    Optional<Instant> then = earlier.get().or(() -> beforeCurrentLink(principal, id.get()));
    if (then.isPresent()) {
      Either<Refusal, Optional<ResellerDiscount>> discount = discountFor.discountFor(
          new DiscountFor.Command(principal, id.get(), then.get()));
      if (discount.isLeft()) {
        model.addAttribute("refusal", discount.getLeft());
      } else {
        model.addAttribute("purchaseThen", CustomerPurchase.priced(id.get(), listPrice.get(),
            then.get(), discount.get(), RoundingMode.HALF_EVEN));
      }
    }
    return render(me, model);
  }

  /** the partner's global admin applies. */
  @PostMapping("/console/reseller/apply")
  String apply(DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(applyAsReseller.apply(new ApplyAsReseller.Command(me.principal(),
        WebSupport.partnerOf(me))), redirect, application -> redirect.addFlashAttribute(
            "notice", "Application " + application.id() + " submitted; a partner manager will"
                + " send the contract."));
    return PAGE;
  }

  /** one application with its history (another partner's answers like a missing one). */
  @GetMapping("/console/reseller/applications/{id}")
  String application(@PathVariable String id, DemoUser me, Model model) {
    model.addAttribute("staffView", false);
    return WebSupport.showOne(getApplication.get(new GetResellerApplication.Command(me.principal(),
        WebSupport.parse(id, ResellerApplicationId::of))), model, details -> model.addAttribute("details", details),
        "reseller-application");
  }

  /** the applicant's global admin uploads the signed contract. */
  @PostMapping("/console/reseller/applications/{id}/signed")
  String signed(@PathVariable String id, @RequestParam(defaultValue = "") String document,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(recordSigned.record(new RecordResellerContractSigned.Command(
        me.principal(), WebSupport.parse(id, ResellerApplicationId::of), document)), redirect,
        application -> redirect.addFlashAttribute("notice", texts.get("notice.signed-recorded",
            texts.get("status.application." + application.status().name()))));
    return PAGE;
  }

  /** moves a customer of the shop without a reseller into this console. */
  @PostMapping("/console/reseller/customers")
  String transfer(@RequestParam(defaultValue = "") String customer, DemoUser me,
      RedirectAttributes redirect) {
    Optional<CustomerId> id = WebSupport.id(customer.strip(), CustomerId::of);
    if (id.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.customer-id"));
      return PAGE;
    }
    WebSupport.tell(customers.link(me.principal(), id.get(),
        WebSupport.partnerOf(me)), redirect, link -> redirect.addFlashAttribute(
            "notice", customers.nameOf(link.customer()) + " is your customer from "
                + new Formats().at(link.from()) + " on ("
                + texts.get("origin." + link.origin().name()) + ")."));
    return PAGE;
  }

  /** releases one of this reseller's customers from now on. */
  @PostMapping("/console/reseller/customers/{customer}/unlink")
  String unlink(@PathVariable String customer, @RequestParam(defaultValue = "") String why,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model,
      RedirectAttributes redirect) {
    CustomerId id = WebSupport.parse(customer, CustomerId::of);
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.customer-unlink",
          customers.nameOf(id)), "/console/reseller");
    }
    WebSupport.tell(unlinkCustomer.unlink(new UnlinkCustomer.Command(me.principal(),
        id, why)), redirect, link -> redirect.addFlashAttribute("notice",
            texts.get("notice.customer-unlinked", customers.nameOf(link.customer()),
                new Formats().at(link.until()))));
    return PAGE;
  }

  private String render(DemoUser me, Model model) {
    return render(me, model, null);
  }

  /** The page, its customers from the start or after {@code after} (O-5). */
  private String render(DemoUser me, Model model, @Nullable String after) {
    Actor principal = me.principal();
    PartnerId partner = WebSupport.partnerOf(me);
    List<ResellerApplicationDetails> applications = new ArrayList<>();
    // the partner's own applications: one page of the newest is all the console shows
    listApplications.list(new ListResellerApplications.Command(principal, Set.of(),
            PageRequest.first(APPLICATIONS_SHOWN)))
        .forEach(list -> list.items().stream()
            .sorted(Comparator.comparing(ResellerApplication::submittedAt).reversed())
            .forEach(a -> getApplication.get(new GetResellerApplication.Command(principal, a.id()))
                .forEach(applications::add)));
    Optional<ResellerApplication> active = applications.stream()
        .map(ResellerApplicationDetails::application).filter(a -> a.status().isActive())
        .findFirst();
    boolean approved = active.filter(a -> a.status() == ResellerApplicationStatus.APPROVED)
        .isPresent();
    Map<CustomerId, String> names = new LinkedHashMap<>();
    customers.all().forEach(c -> names.put(c.id(), c.name()));
    model.addAttribute("applications", applications);
    model.addAttribute("active", active.orElse(null));
    model.addAttribute("approved", approved);
    model.addAttribute("names", names);
    if (approved) {
      Page<CustomerLink> current = listCustomers.list(new ListResellerCustomers.Command(principal,
          partner, Listing.page(CUSTOMERS_PER_PAGE, after))).getOrElse(EMPTY_LINKS);
      model.addAttribute("currentLinks", current.items());
      model.addAttribute("currentLinksNext", current.next().orElse(null));
      List<CustomerLink> past = new ArrayList<>();
      for (CustomerId customer : names.keySet()) {
        getCustomerLinks.get(new GetCustomerLinks.Command(principal, customer))
            .forEach(links -> links.stream().filter(l -> !l.isCurrent()).forEach(past::add));
      }
      past.sort(Comparator.comparing((CustomerLink l) -> l.until().orElseThrow()).reversed());
      model.addAttribute("pastLinks", past);
    }
    model.addAttribute("currency", CURRENCY);
    return "reseller";
  }

  /** Just before the customer's current link (as far as this user sees it) started. */
  private Optional<Instant> beforeCurrentLink(Actor principal, CustomerId customer) {
    return getCustomerLinks.get(new GetCustomerLinks.Command(principal, customer))
        .map(links -> links.stream().filter(CustomerLink::isCurrent).findFirst()
            .map(l -> l.from().minus(Duration.ofSeconds(1))))
        .getOrElse(Optional.empty());
  }

  private static Optional<Money> money(String amount) {
    try {
      return Optional.of(Money.of(amount.strip(), CURRENCY));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Empty when malformed; an empty inner optional when blank. */
  private static Optional<Optional<Instant>> instant(@Nullable String at) {
    if (at == null || at.isBlank()) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(LocalDateTime.parse(at.strip()).atZone(Formats.ZONE)
          .toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
