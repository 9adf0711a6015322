// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static dev.vouchers.testkit.guard.GuardDraws.link;
import static dev.vouchers.testkit.guard.GuardDraws.page;
import static dev.vouchers.testkit.guard.GuardDraws.partners;
import static dev.vouchers.testkit.guard.GuardDraws.request;
import static dev.vouchers.testkit.guard.GuardDraws.values;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The generators of the subscriptions bought for customers (U-1..U-5). */
final class SubscriptionCalls {
  private SubscriptionCalls() {}

  private static List<String> subscriptions(GuardWorld w) {
    return values(w.subscriptions);
  }

  /** Registers the generators of this part of the programme. */
  static void registerAll() {
    UseCaseCalls.register(DefineOffer.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("offer.id", List.of("office-2", GuardWorld.OFFER));
      String name = f.text("offer.name", "Office Plus");
      String publisher = f.text("offer.publisher", "Publisher");
      Duration monthly = f.duration("offer.monthlyCancellationWindow", Duration.ofHours(72));
      Duration annual = f.duration("offer.annualCancellationWindow", Duration.ofDays(7));
      int max = f.integer("offer.maxQuantity", 1, 1_000);
      return f.call("DefineOffer", () -> new DefineOffer.Command(p, Offer.builder()
          .id(new OfferId(id)).name(name).publisher(publisher)
          .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
          .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)
          .monthlyCancellationWindow(monthly).annualCancellationWindow(annual)
          .maxQuantity(max).build()), c -> f.world.programme.subscriptions().defineOffer().define(
              c));
    });
    UseCaseCalls.register(ListOffers.class, 1, f -> {
      var p = f.principal(f.world.salesA);
      return f.call("ListOffers", () -> new ListOffers.Command(p),
          c -> f.world.programme.subscriptions().listOffers().list(c));
    });
    UseCaseCalls.register(BuySubscription.class, 9, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      String customer = f.text("request.customer", GuardWorld.CUSTOMER);
      String offer = f.text("request.offer", GuardWorld.OFFER);
      int quantity = f.integer("request.quantity", 1, 10);
      SubscriptionTerm term = f.choice("request.term", SubscriptionTerm.class);
      BillingFrequency billing = f.choice("request.billingFrequency", BillingFrequency.class);
      Optional<String> nickname = f.optionalText("request.nickname", "Team");
      Optional<String> reseller = f.other("request.indirectReseller", () -> f.chance(70)
          ? Optional.<String>empty() : Optional.of(GuardWorld.B.value()),
          in -> Optional.of(HostileInputs.strings().generate(in)));
      return f.call("BuySubscription", () -> new BuySubscription.Command(p,
          new PartnerId(partner), new SubscriptionRequest(customer, offer, quantity, term,
              billing, true, nickname, reseller)),
          c -> f.world.programme.subscriptions().buySubscription().buy(c));
    });
    UseCaseCalls.register(ActivateSubscription.class, 6, f -> {
      var p = f.principal(f.world.service);
      String subscription = f.id("subscription", subscriptions(f.world));
      URI link = f.uri("publisherLink", link("https://publisher.example/p/2"));
      String code = f.text("authorisationCode", "AUTH-2");
      boolean licences = f.bool("licencesAssigned");
      boolean account = f.bool("accountSetUp");
      return f.call("ActivateSubscription", () -> new ActivateSubscription.Command(p,
          new SubscriptionId(subscription), link, code, licences, account),
          c -> f.world.programme.subscriptions().activateSubscription().activate(c));
    });
    UseCaseCalls.register(ChangeSubscriptionQuantity.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      int quantity = f.integer("quantity", 1, 12);
      String why = f.text("why", "team grew");
      return f.call("ChangeSubscriptionQuantity", () -> new ChangeSubscriptionQuantity.Command(
          p, new SubscriptionId(subscription), quantity, why),
          c -> f.world.programme.subscriptions().changeSubscriptionQuantity().change(c));
    });
    UseCaseCalls.register(CancelSubscription.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "no longer needed");
      return f.call("CancelSubscription", () -> new CancelSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.subscriptions().cancelSubscription().cancel(c));
    });
    UseCaseCalls.register(SwitchAutoRenew.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      boolean on = f.bool("on");
      String why = f.text("why", "customer asked");
      return f.call("SwitchAutoRenew", () -> new SwitchAutoRenew.Command(p,
          new SubscriptionId(subscription), on, why),
          c -> f.world.programme.subscriptions().switchAutoRenew().switchAutoRenew(c));
    });
    UseCaseCalls.register(ChangeBillingFrequency.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      BillingFrequency billing = f.choice("billingFrequency", BillingFrequency.class);
      String why = f.text("why", "customer asked");
      return f.call("ChangeBillingFrequency", () -> new ChangeBillingFrequency.Command(p,
          new SubscriptionId(subscription), billing, why),
          c -> f.world.programme.subscriptions().changeBillingFrequency().change(c));
    });
    UseCaseCalls.register(RenameSubscription.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      Optional<String> nickname = f.optionalText("nickname", "Sales team");
      return f.call("RenameSubscription", () -> new RenameSubscription.Command(p,
          new SubscriptionId(subscription), nickname),
          c -> f.world.programme.subscriptions().renameSubscription().rename(c));
    });
    UseCaseCalls.register(ChangeIndirectReseller.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      Optional<String> reseller = f.optionalText("indirectReseller", GuardWorld.B.value());
      return f.call("ChangeIndirectReseller", () -> new ChangeIndirectReseller.Command(p,
          new SubscriptionId(subscription), reseller),
          c -> f.world.programme.subscriptions().changeIndirectReseller().change(c));
    });
    UseCaseCalls.register(SuspendSubscription.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "payment overdue");
      return f.call("SuspendSubscription", () -> new SuspendSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.subscriptions().suspendSubscription().suspend(c));
    });
    UseCaseCalls.register(ReactivateSubscription.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "paid");
      return f.call("ReactivateSubscription", () -> new ReactivateSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.subscriptions().reactivateSubscription().reactivate(c));
    });
    UseCaseCalls.register(GetSubscription.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      return f.call("GetSubscription", () -> new GetSubscription.Command(p,
          new SubscriptionId(subscription)), c -> f.world.programme.subscriptions()
              .getSubscription().get(c));
    });
    UseCaseCalls.register(ListSubscriptions.class, 6, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Optional<String> customer = f.optionalText("customer", GuardWorld.CUSTOMER);
      Set<SubscriptionStatus> statuses = f.subset("statuses", SubscriptionStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListSubscriptions", () -> new ListSubscriptions.Command(p,
          new PartnerId(partner), customer.map(CustomerId::new), statuses, page(size, cursor)),
          c -> f.world.programme.subscriptions().listSubscriptions().list(c));
    });
    UseCaseCalls.register(RenewOrExpireSubscriptions.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("RenewOrExpireSubscriptions", () -> new RenewOrExpireSubscriptions.Command(
          p, limit), c -> f.world.programme.subscriptions().renewOrExpireSubscriptions()
              .renewOrExpire(c));
    });
  }
}
