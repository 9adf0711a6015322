// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.contract.SubscriptionStorage;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The system under test of the subscription property tests: the real application services over
 * a storage (in-memory by default, or any adapter's), with a {@link MutableClock}. It records
 * whether the last command was accepted and reads its state back through
 * {@code GetSubscription} as a {@link SubscriptionModel}, checking the history on the way:
 * it starts with the purchase, every entry starts where the one before ended, and it ends at
 * the status seen.
 */
public final class SubscriptionHarness {
  /** The partner every subscription is bought for. */
  public static final PartnerId PARTNER = new PartnerId("model-partner");
  private static final OfferId OFFER = OfferId.of("model-offer");

  private final MutableClock clock;
  private final VoucherProgramme programme;
  private final Actor admin =
      new Actor.PartnerUser(new UserId("admin"), PARTNER, PartnerRole.ADMIN_AGENT);
  private final Actor sales =
      new Actor.PartnerUser(new UserId("sales"), PARTNER, PartnerRole.SALES_AGENT);
  private final Actor publisher = new Actor.Service("publisher");
  private final Actor sweeper = new Actor.Service("sweeper");
  // concurrent and volatile: a parallel check runs steps from several threads
  private final List<SubscriptionId> bought = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean lastAccepted = true;

  private SubscriptionHarness(Storage storage, SubscriptionStorage subscriptions, Instant start) {
    this.clock = new MutableClock(start);
    this.programme = storage.programme(clock)
        .subscriptions(subscriptions.subscriptions()).offers(subscriptions.offers())
        .build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Model Partner", Tier.GOLD, Set.of(Feature.SUBSCRIPTIONS),
            Locale.ENGLISH))));
    require(programme.subscriptions().defineOffer().define(new DefineOffer.Command(manager,
        Offer.builder()
        .id(OFFER).name("Model Offer").publisher("Model ISV")
        .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)
        .maxQuantity(SubscriptionModel.MAX_QUANTITY).build())));
  }

  /** A harness over the in-memory store. */
  public static SubscriptionHarness inMemory(Instant start) {
    InMemoryStore store = new InMemoryStore();
    return new SubscriptionHarness(Storage.of(store), SubscriptionStorage.of(store), start);
  }

  /** A harness over any storage (fresh and empty), e.g. an adapter's. */
  public static SubscriptionHarness over(
      Supplier<Storage> storage, Supplier<SubscriptionStorage> subscriptions, Instant start) {
    return new SubscriptionHarness(storage.get(), subscriptions.get(), start);
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("harness setup refused: " + result.getLeft());
    }
    return result.get();
  }

  private void record(Either<Refusal, ?> result) {
    lastAccepted = result.isRight();
  }

  private void on(int index, Consumer<SubscriptionId> command) {
    if (bought.isEmpty()) {
      lastAccepted = false;
      return;
    }
    command.accept(bought.get(Math.floorMod(index, bought.size())));
  }

  private Actor by(boolean salesAgent) {
    return salesAgent ? sales : admin;
  }

  // ------------------------------------------------------------------------ commands

  /** U-1: buys, by the admin agent or the sales agent (both may). */
  public void buy(SubscriptionTerm term, boolean autoRenew, int quantity, boolean salesAgent) {
    Either<Refusal, SubscriptionView> result = programme.subscriptions().buySubscription().buy(
        new BuySubscription.Command(by(salesAgent), PARTNER, SubscriptionRequest.of("customer",
            OFFER.value(), quantity, term, BillingFrequency.MONTHLY).withAutoRenew(autoRenew)));
    record(result);
    result.forEach(view -> bought.add(view.id()));
  }

  /** U-2: the publisher confirms. */
  public void activate(int index) {
    on(index, id -> record(programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(publisher, id, URI.create("https://isv.example/go"),
            "AUTH-" + id.value(), true, true))));
  }

  /** U-3. */
  public void changeQuantity(int index, int quantity, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(by(salesAgent), id, quantity, ""))));
  }

  /** U-3. */
  public void cancel(int index, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().cancelSubscription().cancel(
        new CancelSubscription.Command(by(salesAgent), id, ""))));
  }

  /** U-4. */
  public void switchAutoRenew(int index, boolean on, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(by(salesAgent), id, on, ""))));
  }

  /** U-5. */
  public void changeBilling(int index, BillingFrequency billing, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().changeBillingFrequency().change(
        new ChangeBillingFrequency.Command(by(salesAgent), id, billing, ""))));
  }

  /** U-2. */
  public void suspend(int index, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().suspendSubscription().suspend(
        new SuspendSubscription.Command(by(salesAgent), id, ""))));
  }

  /** U-2. */
  public void reactivate(int index, boolean salesAgent) {
    on(index, id -> record(programme.subscriptions().reactivateSubscription().reactivate(
        new ReactivateSubscription.Command(by(salesAgent), id, ""))));
  }

  /** The clock moves. */
  public void advance(Duration by) {
    clock.advance(by);
    lastAccepted = true;
  }

  /** U-4: the sweep runs. */
  public void sweep() {
    record(programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(sweeper, 10_000)));
  }

  // ------------------------------------------------------------------------ observation

  /** The state read back as a model, after checking every history. */
  public SubscriptionModel snapshot() {
    List<SubscriptionModel.SubscriptionState> states = new ArrayList<>();
    for (SubscriptionId id : bought) {
      SubscriptionDetails details = require(programme.subscriptions().getSubscription().get(
          new GetSubscription.Command(admin, id)));
      SubscriptionView view = details.subscription();
      checkHistory(id, details.history(), view.status());
      states.add(new SubscriptionModel.SubscriptionState(view.term(), view.status(),
          view.quantity(), view.billingFrequency(), view.autoRenew(), view.purchasedAt(),
          view.activation().map(a -> a.billingStartedAt()), view.termNumber(),
          view.termStartedAt(), view.termEndsAt(), view.cancellationWindowClosesAt(),
          details.history().size()));
    }
    return new SubscriptionModel(clock.instant(), states, lastAccepted);
  }

  private static void checkHistory(
      SubscriptionId id, List<SubscriptionHistoryEntry> history, SubscriptionStatus seen) {
    if (history.isEmpty() || history.get(0).change() != SubscriptionChange.PURCHASED) {
      throw new AssertionError("history of " + id + " does not start with the purchase");
    }
    SubscriptionStatus at = SubscriptionStatus.PENDING_ACTIVATION;
    Instant when = history.get(0).at();
    for (SubscriptionHistoryEntry entry : history) {
      if (entry.from() != at) {
        throw new AssertionError("history of " + id + " jumps from " + at + " to an entry from "
            + entry.from());
      }
      if (entry.at().isBefore(when)) {
        throw new AssertionError("history of " + id + " goes back in time at " + entry);
      }
      at = entry.to();
      when = entry.at();
    }
    if (at != seen) {
      throw new AssertionError("history of " + id + " ends at " + at + " but it is seen " + seen);
    }
  }

  /** The subscriptions bought so far, oldest first. */
  public List<SubscriptionId> bought() {
    return List.copyOf(bought);
  }
}
