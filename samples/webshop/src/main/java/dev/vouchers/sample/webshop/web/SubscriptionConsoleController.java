// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.sample.webshop.demo.DemoUser;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The partner console's subscriptions (U-1..U-5): buy one for a customer, list them with their
 * status, term end and cancellation window as of now (U-4: before any sweep), and change one:
 * licences, cancellation, auto-renew, billing frequency, nickname, indirect reseller, suspension.
 * Every partner user buys; a sales agent's changes are refused (U-5) with every reason.
 */
@Controller
final class SubscriptionConsoleController {
  private static final String BASE = "/console/subscriptions";

  private final ListOffers listOffers;
  private final BuySubscription buySubscription;
  private final ListSubscriptions listSubscriptions;
  private final GetSubscription getSubscription;
  private final ChangeSubscriptionQuantity changeQuantity;
  private final CancelSubscription cancelSubscription;
  private final SwitchAutoRenew switchAutoRenew;
  private final ChangeBillingFrequency changeBillingFrequency;
  private final RenameSubscription renameSubscription;
  private final ChangeIndirectReseller changeIndirectReseller;
  private final SuspendSubscription suspendSubscription;
  private final ReactivateSubscription reactivateSubscription;
  private final Texts texts;

  SubscriptionConsoleController(ListOffers listOffers,
      BuySubscription buySubscription, ListSubscriptions listSubscriptions,
      GetSubscription getSubscription, ChangeSubscriptionQuantity changeQuantity,
      CancelSubscription cancelSubscription, SwitchAutoRenew switchAutoRenew,
      ChangeBillingFrequency changeBillingFrequency, RenameSubscription renameSubscription,
      ChangeIndirectReseller changeIndirectReseller, SuspendSubscription suspendSubscription,
      ReactivateSubscription reactivateSubscription, Texts texts) {
    this.texts = texts;
    this.listOffers = listOffers;
    this.buySubscription = buySubscription;
    this.listSubscriptions = listSubscriptions;
    this.getSubscription = getSubscription;
    this.changeQuantity = changeQuantity;
    this.cancelSubscription = cancelSubscription;
    this.switchAutoRenew = switchAutoRenew;
    this.changeBillingFrequency = changeBillingFrequency;
    this.renameSubscription = renameSubscription;
    this.changeIndirectReseller = changeIndirectReseller;
    this.suspendSubscription = suspendSubscription;
    this.reactivateSubscription = reactivateSubscription;
  }

  /** U-1, U-4: the partner's subscriptions, newest first, and the form to buy one. */
  @GetMapping(BASE)
  String subscriptions(@RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String customer,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me,
      Model model) {
    return list(me, status, customer, size, after, new SubscriptionForm(), model);
  }

  private String list(DemoUser me, @Nullable String status, @Nullable String customer,
      int size, @Nullable String after, SubscriptionForm form, Model model) {
    int rows = Listing.pageSize(size);
    model.addAttribute("status", status);
    model.addAttribute("customer", customer);
    model.addAttribute("size", rows);
    model.addAttribute("sizes", Listing.PAGE_SIZES);
    model.addAttribute("statuses", SubscriptionStatus.values());
    model.addAttribute("terms", SubscriptionTerm.values());
    model.addAttribute("frequencies", BillingFrequency.values());
    model.addAttribute("offers", listOffers.list(new ListOffers.Command(me.principal()))
        .getOrElse(List.of()));
    model.addAttribute("form", form);
    return WebSupport.show(listSubscriptions.list(new ListSubscriptions.Command(
        me.principal(), WebSupport.partnerOf(me), customerId(customer),
        Listing.status(status, SubscriptionStatus.class), Listing.page(rows, after))), model,
        listed -> model.addAttribute("page", listed), "subscriptions");
  }

  /** U-1: buys; PENDING_ACTIVATION until the publisher confirms (U-2). */
  @PostMapping(BASE)
  String buy(@ModelAttribute("form") SubscriptionForm form, BindingResult binding,
      DemoUser me, Model model, RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      model.addAttribute("problem", "Check the form: the number of licences is a whole number,"
          + " the term and billing frequency are MONTHLY or ANNUAL.");
      return list(me, null, null, 10, null, form, model);
    }
    Either<Refusal, SubscriptionView> bought = buySubscription.buy(new BuySubscription.Command(
        me.principal(), WebSupport.partnerOf(me), form.toRequest()));
    if (bought.isLeft()) {
      model.addAttribute("refusal", bought.getLeft());
      return list(me, null, null, 10, null, form, model);
    }
    SubscriptionView s = bought.get();
    redirect.addFlashAttribute("notice", texts.get("notice.subscription-bought",
        Integer.toString(s.quantity()), s.offerName(), s.customer().value(),
        texts.get("status.subscription." + s.status().name()),
        new Formats().at(s.cancellationWindowClosesAt())));
    return "redirect:" + BASE + "/" + s.id().value();
  }

  /** U-2, U-4: one subscription as seen now, with its history and its actions. */
  @GetMapping(BASE + "/{id}")
  String subscription(@PathVariable String id, DemoUser me, Model model) {
    model.addAttribute("staffView", false);
    model.addAttribute("base", BASE);
    model.addAttribute("frequencies", BillingFrequency.values());
    return WebSupport.showOne(getSubscription.get(new GetSubscription.Command(me.principal(),
        WebSupport.parse(id, SubscriptionId::of))), model, details -> model.addAttribute("details", details),
        "subscription");
  }

  /** U-3: more licences at any time, fewer only inside the cancellation window. */
  @PostMapping(BASE + "/{id}/quantity")
  String quantity(@PathVariable String id, @RequestParam String quantity,
      @RequestParam(defaultValue = "") String why, DemoUser me,
      RedirectAttributes redirect) {
    int licences;
    try {
      licences = Integer.parseInt(quantity.strip());
    } catch (NumberFormatException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.licences", quantity));
      return back(id);
    }
    WebSupport.tell(changeQuantity.change(new ChangeSubscriptionQuantity.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), licences, why)), redirect,
        s -> redirect.addFlashAttribute("notice", texts.get("notice.licences",
            String.valueOf(s.quantity()))));
    return back(id);
  }

  /** U-3: cancels inside the cancellation window. */
  @PostMapping(BASE + "/{id}/cancel")
  String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model,
      RedirectAttributes redirect) {
    SubscriptionId subscription = WebSupport.parse(id, SubscriptionId::of);
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.subscription-cancel"),
          BASE + "/" + subscription.value());
    }
    WebSupport.tell(cancelSubscription.cancel(new CancelSubscription.Command(
        me.principal(), subscription, why)), redirect,
        s -> redirect.addFlashAttribute("notice", texts.get("notice.subscription-status",
            texts.get("status.subscription." + s.status().name()))));
    return back(id);
  }

  /** U-4: auto-renew on or off. */
  @PostMapping(BASE + "/{id}/auto-renew")
  String autoRenew(@PathVariable String id, @RequestParam boolean on,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(switchAutoRenew.switchAutoRenew(new SwitchAutoRenew.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), on, "")), redirect,
        s -> redirect.addFlashAttribute("notice", s.autoRenew()
            ? "Auto-renew is on: the subscription renews at its term end."
            : "Auto-renew is off: the subscription expires at its term end."));
    return back(id);
  }

  /** U-1: how often it is billed, from now on. */
  @PostMapping(BASE + "/{id}/billing-frequency")
  String billingFrequency(@PathVariable String id, @RequestParam String billingFrequency,
      DemoUser me, RedirectAttributes redirect) {
    BillingFrequency billing;
    try {
      billing = BillingFrequency.valueOf(billingFrequency);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.billing"));
      return back(id);
    }
    WebSupport.tell(changeBillingFrequency.change(new ChangeBillingFrequency.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), billing, "")), redirect,
        s -> redirect.addFlashAttribute("notice", texts.get("notice.billing",
            texts.get("period." + s.billingFrequency().name()))));
    return back(id);
  }

  /** The partner's nickname for it; empty removes it. */
  @PostMapping(BASE + "/{id}/nickname")
  String nickname(@PathVariable String id, @RequestParam(defaultValue = "") String nickname,
      DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(renameSubscription.rename(new RenameSubscription.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), Optional.of(nickname))), redirect,
        s -> redirect.addFlashAttribute("notice", s.nickname()
            .map(n -> "Renamed to " + n + ".").orElse("The nickname was removed.")));
    return back(id);
  }

  /** U-1: the indirect reseller it was sold through; empty removes it. */
  @PostMapping(BASE + "/{id}/indirect-reseller")
  String indirectReseller(@PathVariable String id,
      @RequestParam(defaultValue = "") String indirectReseller, DemoUser me,
      RedirectAttributes redirect) {
    WebSupport.tell(changeIndirectReseller.change(new ChangeIndirectReseller.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), Optional.of(indirectReseller))), redirect,
        s -> redirect.addFlashAttribute("notice", s.indirectReseller()
            .map(r -> "Sold through " + r.value() + ".")
            .orElse("The indirect reseller was removed.")));
    return back(id);
  }

  /** U-2: suspends an ACTIVE subscription. */
  @PostMapping(BASE + "/{id}/suspend")
  String suspend(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      DemoUser me, RedirectAttributes redirect) {
    tellSuspension(suspendSubscription.suspend(new SuspendSubscription.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), why)), redirect, texts);
    return back(id);
  }

  /** U-2: reactivates a SUSPENDED subscription. */
  @PostMapping(BASE + "/{id}/reactivate")
  String reactivate(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      DemoUser me, RedirectAttributes redirect) {
    tellSuspension(reactivateSubscription.reactivate(new ReactivateSubscription.Command(
        me.principal(), WebSupport.parse(id, SubscriptionId::of), why)), redirect, texts);
    return back(id);
  }

  /** U-2: the outcome of a suspension or reactivation, the status in the reader's words. */
  static void tellSuspension(Either<Refusal, SubscriptionView> result,
      RedirectAttributes redirect, Texts texts) {
    WebSupport.tell(result, redirect, s -> redirect.addFlashAttribute("notice",
        texts.get("notice.subscription-status",
            texts.get("status.subscription." + s.status().name()))));
  }

  private static String back(String id) {
    // encoded, so that an id with braces is not taken for a URI template variable
    return "redirect:" + BASE + "/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }

  /** A customer filter; a blank or malformed one shows every customer's. */
  private static Optional<CustomerId> customerId(@Nullable String customer) {
    return Optional.ofNullable(customer).flatMap(c -> WebSupport.id(c.strip(), CustomerId::of));
  }
}
