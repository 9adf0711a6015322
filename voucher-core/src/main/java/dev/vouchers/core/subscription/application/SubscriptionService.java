// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Batches;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
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
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions bought for customers (U-1..U-5): every change is read, decided on the
 * subscription as it stands now (term ends applied, U-4) and written conditionally, with the
 * term ends that were due and the change itself in one step.
 */
final class SubscriptionService implements DefineOffer, ListOffers, BuySubscription,
    ActivateSubscription, ChangeSubscriptionQuantity, CancelSubscription, SwitchAutoRenew,
    ChangeBillingFrequency, RenameSubscription, ChangeIndirectReseller, SuspendSubscription,
    ReactivateSubscription, GetSubscription, ListSubscriptions, RenewOrExpireSubscriptions {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);
  private static final int MAX_WHY = 500;

  private final Basics basics;
  private final Partners partners;
  private final Subscriptions subscriptions;
  private final Offers offers;
  private final BiConsumer<PartnerId, SubscriptionHistoryEntry> changed;

  SubscriptionService(Basics basics, Partners partners, Subscriptions subscriptions,
      Offers offers, BiConsumer<PartnerId, SubscriptionHistoryEntry> changed) {
    this.basics = basics;
    this.partners = partners;
    this.subscriptions = subscriptions;
    this.offers = offers;
    this.changed = changed;
  }

  /** One decision on the subscription as read; applied only if it is still that version. */
  @FunctionalInterface
  private interface Decision {
    Either<Refusal, SubscriptionUpdate> decide(Subscription subscription, Instant now);
  }

  // ------------------------------------------------------------------ offers

  @Override
  public Either<Refusal, Offer> define(DefineOffer.Command command) {
    if (!Access.canManagePartners(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "offers are defined by a partner manager"));
    }
    offers.save(command.offer());
    return Either.right(command.offer());
  }

  @Override
  public Either<Refusal, List<Offer>> list(ListOffers.Command command) {
    if (command.principal() instanceof Actor.CodeHolder) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "offers are shown to partners and the vendor"));
    }
    return Either.right(offers.offers());
  }

  // ------------------------------------------------------------------ U-1

  @Override
  public Either<Refusal, SubscriptionView> buy(BuySubscription.Command command) {
    Actor principal = command.principal();
    Optional<Partner> partner = partners.partner(command.partner())
        .filter(p -> Access.canRead(principal, p.id()));
    if (partner.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (!Access.canBuySubscriptions(principal, command.partner())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "subscriptions are bought by the partner's users"));
    }
    List<Reason> reasons = new ArrayList<>();
    Instant now = basics.now();
    SupportedTime.check(now).ifPresent(reasons::add);
    if (!partner.get().has(Feature.SUBSCRIPTIONS)) {
      reasons.add(Reason.of(ReasonCode.SUBSCRIPTIONS_DISABLED,
          "the subscriptions feature is not enabled for this partner"));
    }
    var valid = command.request().validate(offers::offer);
    if (valid.isInvalid()) {
      valid.getError().forEach(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    SubscriptionPurchase purchase = Subscription.buy(new SubscriptionId(basics.newId()),
        command.partner(), valid.get(), principal, now);
    subscriptions.insert(purchase);
    published(purchase.subscription().partner(), List.of(purchase.entry()));
    LOG.info("subscription {} of {} x {} bought for customer {} of partner {} by {}",
        purchase.subscription().id(), purchase.subscription().quantity(),
        purchase.subscription().offer(), purchase.subscription().customer(),
        purchase.subscription().partner(), principal.describe());
    return Either.right(new SubscriptionViews(offers, basics.now()).of(purchase.subscription()));
  }

  // ------------------------------------------------------------------ U-2..U-5: changes

  @Override
  public Either<Refusal, SubscriptionView> activate(ActivateSubscription.Command command) {
    List<Reason> reasons = new ArrayList<>();
    if (!SubscriptionActivation.isWebLink(command.publisherLink())) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the publisher link must be an absolute http(s) URL"));
    }
    // L-4: the link is stored as text too: bounded, one line, storable
    Text.check("the publisher link", command.publisherLink().toString(), Text.URL,
        Text.Kind.SINGLE_LINE).ifPresent(reasons::add);
    String code = command.authorisationCode().strip();
    if (code.isEmpty() || code.length() > SubscriptionActivation.MAX_CODE) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the authorisation code must be 1.." + SubscriptionActivation.MAX_CODE + " characters"));
    } else {
      Text.check("the authorisation code", code, SubscriptionActivation.MAX_CODE,
          Text.Kind.SINGLE_LINE).ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    URI link = command.publisherLink();
    return view(apply(command.principal(), command.subscription(), (s, now) ->
        s.activate(new SubscriptionActivation(link, code, now), command.licencesAssigned(),
            command.accountSetUp(), command.principal(), now)));
  }

  @Override
  public Either<Refusal, SubscriptionView> change(ChangeSubscriptionQuantity.Command command) {
    return why(command.why(), "licences changed").flatMap(why -> view(apply(
        command.principal(), command.subscription(), (s, now) -> offer(s).flatMap(offer ->
            s.changeQuantity(command.quantity(), offer, command.principal(), now, why)))));
  }

  @Override
  public Either<Refusal, SubscriptionView> cancel(CancelSubscription.Command command) {
    return why(command.why(), "cancelled").flatMap(why -> view(apply(command.principal(),
        command.subscription(), (s, now) -> s.cancel(command.principal(), now, why))));
  }

  @Override
  public Either<Refusal, SubscriptionView> switchAutoRenew(SwitchAutoRenew.Command command) {
    return why(command.why(), "auto-renew switched " + (command.on() ? "on" : "off"))
        .flatMap(why -> view(apply(command.principal(), command.subscription(), (s, now) ->
            s.switchAutoRenew(command.on(), command.principal(), now, why))));
  }

  @Override
  public Either<Refusal, SubscriptionView> change(ChangeBillingFrequency.Command command) {
    return why(command.why(), "billing frequency changed").flatMap(why -> view(apply(
        command.principal(), command.subscription(), (s, now) -> offer(s).flatMap(offer ->
            s.changeBillingFrequency(command.billingFrequency(), offer, command.principal(),
                now, why)))));
  }

  @Override
  public Either<Refusal, SubscriptionView> rename(RenameSubscription.Command command) {
    return view(apply(command.principal(), command.subscription(), (s, now) ->
        s.rename(command.nickname(), command.principal(), now)));
  }

  @Override
  public Either<Refusal, SubscriptionView> change(ChangeIndirectReseller.Command command) {
    List<Reason> reasons = new ArrayList<>();
    Optional<PartnerId> reseller =
        SubscriptionRequest.checkIndirectReseller(command.indirectReseller(), reasons);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return view(apply(command.principal(), command.subscription(), (s, now) ->
        s.changeIndirectReseller(reseller, command.principal(), now)));
  }

  @Override
  public Either<Refusal, SubscriptionView> suspend(SuspendSubscription.Command command) {
    return why(command.why(), "suspended").flatMap(why -> view(apply(command.principal(),
        command.subscription(), (s, now) -> s.suspend(command.principal(), now, why))));
  }

  @Override
  public Either<Refusal, SubscriptionView> reactivate(ReactivateSubscription.Command command) {
    return why(command.why(), "reactivated").flatMap(why -> view(apply(command.principal(),
        command.subscription(), (s, now) -> s.reactivate(command.principal(), now, why))));
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Either<Refusal, SubscriptionDetails> get(GetSubscription.Command command) {
    Instant now = basics.now();
    Optional<Reason> clock = SupportedTime.check(now);
    if (clock.isPresent()) {
      return Either.left(new Refusal(List.of(clock.get())));
    }
    return find(command.principal(), command.subscription()).map(s -> {
      List<SubscriptionHistoryEntry> history =
          new ArrayList<>(subscriptions.history(s.id()));
      // U-4: the term ends that have passed and are not written yet, as they will be written
      history.addAll(s.settle(now).termEnds());
      return new SubscriptionDetails(new SubscriptionViews(offers, now).of(s), history);
    });
  }

  @Override
  public Either<Refusal, Page<SubscriptionView>> list(ListSubscriptions.Command command) {
    Actor principal = command.principal();
    if (partners.partner(command.partner())
        .filter(p -> Access.canRead(principal, p.id())).isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    Instant now = basics.now();
    List<Reason> reasons = new ArrayList<>();
    SupportedTime.check(now).ifPresent(reasons::add);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    SubscriptionViews views = new SubscriptionViews(offers, now);
    return Either.right(subscriptions.subscriptions(new SubscriptionFilter(command.partner(),
        command.customer(), command.statuses(), now), command.page()).map(views::of));
  }

  // ------------------------------------------------------------------ U-4: the sweep

  @Override
  public Either<Refusal, Swept> renewOrExpire(RenewOrExpireSubscriptions.Command command) {
    Optional<Refusal> refused = Batches.refusal(command.principal(), command.limit());
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    Instant now = basics.now();
    Optional<Reason> clock = SupportedTime.check(now);
    if (clock.isPresent()) {
      return Either.left(new Refusal(List.of(clock.get())));
    }
    int[] renewals = {0};
    int[] expiries = {0};
    // a subscription changed concurrently is left to the change, which settles it itself
    int settled = Batches.upTo(command.limit(), batch -> {
      List<SubscriptionUpdate> done = subscriptions.settleDue(now, batch);
      for (SubscriptionUpdate update : done) {
        published(update.before().partner(), update.entries());
        for (SubscriptionHistoryEntry entry : update.entries()) {
          if (entry.change() == SubscriptionChange.RENEWED) {
            renewals[0]++;
          } else {
            expiries[0]++;
          }
        }
      }
      return done.size();
    });
    if (settled > 0) {
      LOG.info("subscription sweep at {}: {} subscription(s), {} renewal(s), {} expiry(ies)",
          now, settled, renewals[0], expiries[0]);
    }
    return Either.right(new Swept(settled, renewals[0], expiries[0]));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * the subscription, if the principal may see it; another partner's subscription gets
   * the same answer as a missing one.
   */
  private Either<Refusal, Subscription> find(Actor principal, SubscriptionId id) {
    if (principal instanceof Actor.CodeHolder) {
      return Either.left(Refusal.notFound("subscription"));
    }
    return subscriptions.subscription(id)
        .filter(s -> Access.canRead(principal, s.partner()))
        .<Either<Refusal, Subscription>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.notFound("subscription")));
  }

  /**
   * V-3, U-2: reads, decides on the subscription as it stands now and writes conditionally;
   * when a concurrent writer came first, reads again and decides again, so that a refusal
   * reflects the state that won and no change is lost.
   */
  private Either<Refusal, Subscription> apply(
      Actor principal, SubscriptionId id, Decision decision) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Either<Refusal, Subscription> found = find(principal, id);
      if (found.isLeft()) {
        return found;
      }
      Instant now = basics.now();
      Optional<Reason> clock = SupportedTime.check(now);
      if (clock.isPresent()) {
        return Either.left(new Refusal(List.of(clock.get())));
      }
      Either<Refusal, SubscriptionUpdate> update = decision.decide(found.get(), now);
      if (update.isLeft()) {
        return Either.left(update.getLeft());
      }
      if (subscriptions.update(update.get())) {
        published(update.get().after().partner(), update.get().entries());
        return Either.right(update.get().after());
      }
      // a concurrent writer came first: the store wrote nothing; decide again
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the subscription kept changing under concurrent updates; try again"));
  }

  private Either<Refusal, Offer> offer(Subscription subscription) {
    return offers.offer(subscription.offer())
        .<Either<Refusal, Offer>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.of(ReasonCode.OFFER_UNKNOWN,
            "the offer " + subscription.offer() + " is no longer defined")));
  }

  private static Either<Refusal, String> why(String typed, String standard) {
    String why = typed.strip();
    // L-4: storable free text (line breaks allowed)
    Optional<Reason> problem = Text.check("the reason", why, MAX_WHY, Text.Kind.MULTI_LINE);
    if (problem.isPresent()) {
      return Either.left(new Refusal(List.of(problem.get())));
    }
    return Either.right(why.isEmpty() ? standard : why);
  }

  private void published(PartnerId partner, List<SubscriptionHistoryEntry> entries) {
    entries.forEach(entry -> changed.accept(partner, entry));
  }

  private Either<Refusal, SubscriptionView> view(Either<Refusal, Subscription> result) {
    return result.map(new SubscriptionViews(offers, basics.now())::of);
  }
}
