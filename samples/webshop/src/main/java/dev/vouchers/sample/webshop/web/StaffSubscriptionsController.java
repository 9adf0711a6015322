// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The vendor's side of subscriptions (U-1..U-4): the offers (defined by the partner manager),
 * every partner's subscriptions, the publisher's activation (U-2: confirmed by staff, or in the
 * demo by the publisher itself, a {@link Actor.Service}; billing starts then), suspension
 * and reactivation, and the term-end sweep run by hand.
 */
@Controller
final class StaffSubscriptionsController {
  private static final String BASE = "/staff/subscriptions";
  private static final int ROWS_PER_PARTNER = 50;
  private static final int SWEEP_LIMIT = 500;

  private final ListOffers listOffers;
  private final DefineOffer defineOffer;
  private final ListSubscriptions listSubscriptions;
  private final GetSubscription getSubscription;
  private final ActivateSubscription activateSubscription;
  private final SuspendSubscription suspendSubscription;
  private final ReactivateSubscription reactivateSubscription;
  private final RenewOrExpireSubscriptions renewOrExpire;
  private final Texts texts;

  StaffSubscriptionsController(ListOffers listOffers, DefineOffer defineOffer,
      ListSubscriptions listSubscriptions, GetSubscription getSubscription,
      ActivateSubscription activateSubscription, SuspendSubscription suspendSubscription,
      ReactivateSubscription reactivateSubscription, RenewOrExpireSubscriptions renewOrExpire,
      Texts texts) {
    this.texts = texts;
    this.listOffers = listOffers;
    this.defineOffer = defineOffer;
    this.listSubscriptions = listSubscriptions;
    this.getSubscription = getSubscription;
    this.activateSubscription = activateSubscription;
    this.suspendSubscription = suspendSubscription;
    this.reactivateSubscription = reactivateSubscription;
    this.renewOrExpire = renewOrExpire;
  }

  /**
   * A partner's subscriptions as the page lists them.
   *
   * @param partner the partner's name
   * @param partnerId the partner's id, for its "next page" link
   * @param subscriptions one page of its subscriptions, newest first, as seen now
   * @param next the cursor of its next page, empty on its last
   */
  record PartnerSubscriptions(String partner, String partnerId,
      List<SubscriptionView> subscriptions, Optional<String> next) {}

  /**
   * The offers and every demo partner's subscriptions, as seen now (U-4), a page each:
   * {@code partner} and {@code after} page on through one partner's list.
   */
  @GetMapping(BASE)
  String page(@RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String partner,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    Actor principal = me.principal();
    List<PartnerSubscriptions> partners = new ArrayList<>();
    for (DemoUsers.DemoPartner each : DemoUsers.PARTNERS) {
      PageRequest rows = each.id().value().equals(partner)
          ? Listing.page(ROWS_PER_PARTNER, after) : PageRequest.first(ROWS_PER_PARTNER);
      listSubscriptions.list(new ListSubscriptions.Command(principal, each.id(),
          Optional.empty(), Listing.status(status, SubscriptionStatus.class), rows))
          .forEach(page -> partners.add(new PartnerSubscriptions(each.name(),
              each.id().value(), page.items(), page.next())));
    }
    model.addAttribute("partners", partners);
    model.addAttribute("status", status);
    model.addAttribute("statuses", SubscriptionStatus.values());
    model.addAttribute("offers", listOffers.list(new ListOffers.Command(principal))
        .getOrElse(List.of()));
    model.addAttribute("terms", SubscriptionTerm.values());
    model.addAttribute("frequencies", BillingFrequency.values());
    return "staff-subscriptions";
  }

  /** U-2: one subscription with its history, the activation form and suspension. */
  @GetMapping(BASE + "/{id}")
  String subscription(@PathVariable String id, DemoUser me, Model model) {
    var details = getSubscription.get(new GetSubscription.Command(me.principal(),
        WebSupport.parse(id, SubscriptionId::of)));
    if (details.isLeft()) {
      return WebSupport.showOne(details, model, found -> { }, "refused");
    }
    SubscriptionView s = details.get().subscription();
    model.addAttribute("details", details.get());
    model.addAttribute("staffView", true);
    model.addAttribute("base", BASE);
    model.addAttribute("frequencies", BillingFrequency.values());
    // what the publisher would send: its personalised link and an authorisation code
    model.addAttribute("suggestedLink", "https://" + s.offer().value()
        + ".publisher.example/activate?purchase=" + s.id().value());
    model.addAttribute("suggestedCode", "AUTH-" + UUID.randomUUID().toString()
        .substring(0, 8).toUpperCase(Locale.ROOT));
    return "subscription";
  }

  /**
   * U-2: the publisher confirms licence assignment and account setup with its link and the
   * authorisation code; the subscription is ACTIVE and billed from now on. {@code as=publisher}
   * confirms as the offer's publisher (a service), otherwise the signed-in staff member does.
   */
  @PostMapping(BASE + "/{id}/activate")
  String activate(@PathVariable String id, @RequestParam(defaultValue = "") String publisherLink,
      @RequestParam(defaultValue = "") String authorisationCode,
      @RequestParam(defaultValue = "false") boolean licencesAssigned,
      @RequestParam(defaultValue = "false") boolean accountSetUp,
      @RequestParam(name = "as", defaultValue = "staff") String as, DemoUser me,
      RedirectAttributes redirect) {
    URI link;
    try {
      link = new URI(publisherLink.strip());
    } catch (URISyntaxException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.not-a-link", publisherLink));
      return back(id);
    }
    Actor who = me.principal();
    if ("publisher".equals(as)) {
      Optional<SubscriptionDetails> details = getSubscription.get(
          new GetSubscription.Command(who, WebSupport.parse(id, SubscriptionId::of))).toJavaOptional();
      if (details.isPresent()) {
        who = publisher(details.get().subscription().offer());
      }
    }
    WebSupport.tell(activateSubscription.activate(new ActivateSubscription.Command(who,
        WebSupport.parse(id, SubscriptionId::of), link, authorisationCode, licencesAssigned, accountSetUp)),
        redirect, s -> redirect.addFlashAttribute("notice", texts.get("notice.activated",
            new Formats().at(s.activation().map(a -> a.billingStartedAt())),
            new Formats().at(s.termEndsAt()))));
    return back(id);
  }

  /** The offer's publisher as the library sees it: a service. */
  static Actor.Service publisher(OfferId offer) {
    String name = "publisher-" + offer.value();
    return new Actor.Service(name.length() > 64 ? name.substring(0, 64) : name);
  }

  /** U-2: staff suspend an ACTIVE subscription, e.g. for an unpaid invoice. */
  @PostMapping(BASE + "/{id}/suspend")
  String suspend(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      DemoUser me, RedirectAttributes redirect) {
    SubscriptionConsoleController.tellSuspension(suspendSubscription.suspend(
        new SuspendSubscription.Command(me.principal(), WebSupport.parse(id, SubscriptionId::of), why)),
        redirect, texts);
    return back(id);
  }

  /** U-2: staff reactivate a SUSPENDED subscription. */
  @PostMapping(BASE + "/{id}/reactivate")
  String reactivate(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      DemoUser me, RedirectAttributes redirect) {
    SubscriptionConsoleController.tellSuspension(reactivateSubscription.reactivate(
        new ReactivateSubscription.Command(me.principal(), WebSupport.parse(id, SubscriptionId::of), why)),
        redirect, texts);
    return back(id);
  }

  /** U-4: writes the passed term ends now; the pages showed them before. */
  @PostMapping(BASE + "/sweep")
  String sweep(DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(renewOrExpire.renewOrExpire(new RenewOrExpireSubscriptions.Command(
        me.principal(), SWEEP_LIMIT)), redirect, swept -> redirect.addFlashAttribute(
            "notice", "Sweep: " + swept.subscriptions() + " subscription(s) settled, "
                + swept.renewals() + " renewal(s), " + swept.expiries() + " expiry(ies)."));
    return "redirect:" + BASE;
  }

  /** U-1, U-3: the partner manager defines or replaces an offer. */
  @PostMapping("/staff/offers")
  String defineOffer(@RequestParam String id, @RequestParam String name,
      @RequestParam String publisher,
      @RequestParam(required = false) @Nullable List<SubscriptionTerm> terms,
      @RequestParam(required = false) @Nullable List<BillingFrequency> billingFrequencies,
      @RequestParam(defaultValue = "72") long monthlyWindowHours,
      @RequestParam(defaultValue = "7") long annualWindowDays,
      @RequestParam(defaultValue = "10000") int maxQuantity, DemoUser me,
      RedirectAttributes redirect) {
    Offer offer;
    try {
      offer = Offer.builder().id(OfferId.of(id.strip())).name(name.strip())
          .publisher(publisher.strip())
          .addAllTerms(terms == null ? List.of() : terms)
          .addAllBillingFrequencies(billingFrequencies == null ? List.of() : billingFrequencies)
          .monthlyCancellationWindow(Duration.ofHours(monthlyWindowHours))
          .annualCancellationWindow(Duration.ofDays(annualWindowDays))
          .maxQuantity(maxQuantity).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.not-an-offer", e.getMessage()));
      return "redirect:" + BASE;
    }
    WebSupport.tell(defineOffer.define(new DefineOffer.Command(me.principal(), offer)),
        redirect, o -> redirect.addFlashAttribute("notice", texts.get("notice.offer-defined", o.name())));
    return "redirect:" + BASE;
  }

  private static String back(String id) {
    // encoded, so that an id with braces is not taken for a URI template variable
    return "redirect:" + BASE + "/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
