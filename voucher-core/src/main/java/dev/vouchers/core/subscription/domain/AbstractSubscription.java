// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A subscription a partner bought for a customer (U-1..U-5). Immutable: every change returns a
 * {@link SubscriptionUpdate} (the next version and its history entries) or a
 * {@link dev.vouchers.core.kernel.Refusal Refusal} with every reason that applies; the
 * subscription itself never changes.
 *
 * <p>Terms (U-4): the first term begins when the publisher confirms the activation (billing
 * start) and lasts one calendar month or year; the n-th term ends n months or years after the
 * billing start ({@link SubscriptionTerm#end}). At a term end an ACTIVE or SUSPENDED
 * subscription renews if auto-renew is on (a new term and a new cancellation window) and
 * expires if it is off. This is visible the moment it is due: {@link #settle(Instant)} applies
 * every term end that has passed, term by term, and every read and change works on the settled
 * subscription, before any sweep has written it.
 *
 * <p>Cancellation window (U-3): from the purchase, and after each renewal from the start of the
 * new term, for the window of the offer's term as it was when bought. Inside it licences may be
 * removed and the subscription cancelled; licences may be added at any time.
 */
@Value.Immutable
public abstract class AbstractSubscription {

  /** The subscription id. */
  public abstract SubscriptionId id();

  /** The partner that bought it and owns it. */
  public abstract PartnerId partner();

  /** The customer it was bought for. */
  public abstract CustomerId customer();

  /** The offer it is a subscription of. */
  public abstract OfferId offer();

  /** U-1, U-3: the number of licences. */
  public abstract int quantity();

  /** U-1: monthly or annual. */
  public abstract SubscriptionTerm term();

  /** U-1: how often it is billed. */
  public abstract BillingFrequency billingFrequency();

  /** U-4: whether the term renews at its end. */
  public abstract boolean autoRenew();

  /** U-1: the partner's nickname for it. */
  public abstract Optional<String> nickname();

  /** U-1: the indirect reseller it was sold through. */
  public abstract Optional<PartnerId> indirectReseller();

  /** The stored status; see {@link #statusAt(Instant)} for the status as seen now. */
  public abstract SubscriptionStatus status();

  /** When it was bought. */
  public abstract Instant purchasedAt();

  /** U-3: the length of its cancellation window, frozen from the offer at purchase. */
  public abstract Duration cancellationWindow();

  /** U-3: when the current cancellation window opened (the purchase or the latest renewal). */
  public abstract Instant windowOpensAt();

  /** U-2: the publisher's activation, once confirmed (billing starts then). */
  public abstract Optional<SubscriptionActivation> activation();

  /** U-4: the number of the current term (1 for the first), 0 before activation. */
  @Value.Default
  public int termNumber() {
    return 0;
  }

  /** U-4: when the current term began, once activated. */
  public abstract Optional<Instant> termStartedAt();

  /** U-4: when the current term ends, once activated. */
  public abstract Optional<Instant> termEndsAt();

  /** Optimistic concurrency version: a store applies a change only on an unchanged version. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** Immutables checks every built subscription ({@link IllegalArgumentException}). */
  @Value.Check
  protected void check() {
    TermEnds.check(self());
  }

  private Subscription self() {
    return (Subscription) this;
  }

  // ------------------------------------------------------------------ U-1: buying

  /**
   * U-1: the subscription bought with a checked request: PENDING_ACTIVATION, its cancellation
   * window open from now for the offer's window of the term, and its PURCHASED entry.
   */
  public static SubscriptionPurchase buy(
      SubscriptionId id, PartnerId partner, SubscriptionRequest.Valid request, Actor by,
      Instant now) {
    return SubscriptionPurchase.of(id, partner, request, by, now);
  }

  // ------------------------------------------------------------------ U-4: time

  /**
   * U-4: the subscription as it stands at {@code now}, with the entries of the term ends that
   * have passed since it was stored, oldest first.
   *
   * @param subscription the settled subscription (same version as stored)
   * @param termEnds one RENEWED entry per renewed term, or EXPIRED at the end
   */
  public record Settled(Subscription subscription, List<SubscriptionHistoryEntry> termEnds) {
    /** Copies the entries. */
    public Settled {
      Objects.requireNonNull(subscription, "subscription");
      termEnds = List.copyOf(termEnds);
    }
  }

  /**
   * U-4: applies every term end up to {@code now}, term by term: with auto-renew the next term
   * begins at the end of the last one and opens a new cancellation window; without, the
   * subscription is EXPIRED from the term end on. PENDING_ACTIVATION, CANCELLED and EXPIRED
   * subscriptions have no running term and stay as they are.
   */
  public Settled settle(Instant now) {
    return TermEnds.settle(self(), now);
  }

  /** U-4: the status as seen at {@code now} (renewed or expired at term ends). */
  public SubscriptionStatus statusAt(Instant now) {
    return settle(now).subscription().status();
  }

  /** U-4: whether a term end has passed that is not written yet (the sweep's work). */
  public boolean isDue(Instant now) {
    return status().runsTerms() && !now.isBefore(termEndsAt().orElseThrow());
  }

  /** U-3: when the current cancellation window closes (its last instant exclusive). */
  public Instant windowClosesAt() {
    return windowOpensAt().plus(cancellationWindow());
  }

  /**
   * U-3: whether the cancellation window is open at {@code now} on this subscription as it
   * stands (call on a settled subscription, or use {@link #cancellableUntil}).
   */
  public boolean windowOpenAt(Instant now) {
    return !now.isBefore(windowOpensAt()) && now.isBefore(windowClosesAt());
  }

  /**
   * U-3: until when the subscription may be cancelled (and its licences reduced), if it may be
   * now: ACTIVE or SUSPENDED with its cancellation window open.
   */
  public Optional<Instant> cancellableUntil(Instant now) {
    Subscription current = settle(now).subscription();
    return current.status().runsTerms() && current.windowOpenAt(now)
        ? Optional.of(current.windowClosesAt()) : Optional.empty();
  }

  /** U-4: the sweep writes the term ends that have passed; refused when none is due. */
  public Either<Refusal, SubscriptionUpdate> settleTermEnds(Instant now) {
    Settled settled = settle(now);
    if (settled.termEnds().isEmpty()) {
      return Either.left(Refusal.of(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED,
          "no term end of subscription " + id() + " is due at " + now));
    }
    return Either.right(new SubscriptionUpdate(self(),
        settled.subscription().withVersion(version() + 1), settled.termEnds()));
  }

  // ------------------------------------------------------------------ U-2: activation

  /**
   * U-2: the publisher confirms that licences are assigned and the customer's account is set
   * up, with its personalised link and the authorisation code of the purchase. The
   * subscription becomes ACTIVE, billing and the first term start now. Refused, with every
   * reason, unless the principal is the publisher (a service) or vendor staff, both
   * confirmations are given and the subscription is PENDING_ACTIVATION.
   */
  public Either<Refusal, SubscriptionUpdate> activate(
      SubscriptionActivation activation, boolean licencesAssigned, boolean accountSetUp,
      Actor by, Instant now) {
    List<Reason> extra = new ArrayList<>();
    if (!Access.canActivateSubscriptions(by)) {
      extra.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "an activation is confirmed by the publisher or the vendor's staff"));
    }
    if (!licencesAssigned) {
      extra.add(Reason.of(ReasonCode.ACTIVATION_NOT_CONFIRMED,
          "the publisher has not confirmed that the licences are assigned"));
    }
    if (!accountSetUp) {
      extra.add(Reason.of(ReasonCode.ACTIVATION_NOT_CONFIRMED,
          "the publisher has not confirmed that the customer's account is set up"));
    }
    Instant end = term().end(now, 1);
    Map<String, String> data = Map.of("publisherLink", activation.publisherLink().toString(),
        "billingStartedAt", now.toString(), "termEndsAt", end.toString());
    // not a change of the partner's (U-5): who may confirm is the first of the reasons above
    return move(true, now, s -> extra, EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION),
        SubscriptionChange.ACTIVATED, SubscriptionStatus.ACTIVE, by, "licences assigned and"
            + " account set up by the publisher: billing starts", s -> data,
        s -> TermEnds.firstTerm(s, new SubscriptionActivation(activation.publisherLink(),
            activation.authorisationCode(), now), end));
  }

  // ------------------------------------------------------------------ U-3: licences, cancelling

  /**
   * U-3, U-5: sets the number of licences. More licences are allowed at any time, fewer only
   * inside the cancellation window; both while PENDING_ACTIVATION or ACTIVE (a SUSPENDED
   * subscription is reactivated first), by the owning partner's ADMIN or ADMIN_AGENT, within
   * 1..the offer's maximum.
   */
  public Either<Refusal, SubscriptionUpdate> changeQuantity(
      int quantity, Offer offer, Actor by, Instant now, String why) {
    return change(by, now, s -> {
      List<Reason> reasons = new ArrayList<>(offer.checkQuantity(quantity));
      if (quantity == s.quantity()) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
            "the subscription has " + quantity + " licences already"));
      }
      if (quantity < s.quantity() && !s.windowOpenAt(now)) {
        reasons.add(windowClosed(s, "licences can be removed"));
      }
      return reasons;
    }, EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE),
        SubscriptionChange.QUANTITY_CHANGED, null, why,
        s -> Map.of("from", Integer.toString(s.quantity()), "to", Integer.toString(quantity)),
        s -> s.withQuantity(quantity));
  }

  /**
   * U-3, U-5: cancels an ACTIVE or SUSPENDED subscription inside its cancellation window, by the
   * owning partner's ADMIN or ADMIN_AGENT.
   */
  public Either<Refusal, SubscriptionUpdate> cancel(Actor by, Instant now, String why) {
    return change(by, now, s -> s.windowOpenAt(now) ? List.of()
            : List.of(windowClosed(s, "it can be cancelled")),
        EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED),
        SubscriptionChange.CANCELLED, SubscriptionStatus.CANCELLED, why,
        s -> Map.of("quantity", Integer.toString(s.quantity())), s -> s);
  }

  private static Reason windowClosed(Subscription s, String what) {
    return Reason.of(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED,
        "the cancellation window in which " + what + " was open from " + s.windowOpensAt()
            + " until " + s.windowClosesAt());
  }

  // ------------------------------------------------------------------ U-4, U-5: settings

  /** U-4, U-5: switches auto-renew on or off while the subscription is not CANCELLED or EXPIRED. */
  public Either<Refusal, SubscriptionUpdate> switchAutoRenew(
      boolean on, Actor by, Instant now, String why) {
    return change(by, now, s -> s.autoRenew() == on
            ? List.of(Reason.of(ReasonCode.INVALID_INPUT,
                "auto-renew is " + (on ? "on" : "off") + " already"))
            : List.of(),
        EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE,
            SubscriptionStatus.SUSPENDED),
        SubscriptionChange.AUTO_RENEW_SWITCHED, null, why,
        s -> Map.of("autoRenew", Boolean.toString(on)), s -> s.withAutoRenew(on));
  }

  /**
   * U-1, U-5: changes how often it is billed, to a frequency the offer allows and the term fits,
   * while PENDING_ACTIVATION or ACTIVE.
   */
  public Either<Refusal, SubscriptionUpdate> changeBillingFrequency(
      BillingFrequency billing, Offer offer, Actor by, Instant now, String why) {
    return change(by, now, s -> {
      List<Reason> reasons = new ArrayList<>();
      if (!offer.billingFrequencies().contains(billing)) {
        reasons.add(Reason.of(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED,
            offer.name() + " is not billed " + billing + " (offered: "
                + offer.billingFrequencies() + ")"));
      }
      if (!billing.fits(s.term())) {
        reasons.add(Reason.of(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED,
            "a " + s.term() + " term cannot be billed " + billing));
      }
      if (billing == s.billingFrequency()) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "it is billed " + billing + " already"));
      }
      return reasons;
    }, EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE),
        SubscriptionChange.BILLING_FREQUENCY_CHANGED, null, why,
        s -> Map.of("from", s.billingFrequency().name(), "to", billing.name()),
        s -> s.withBillingFrequency(billing));
  }

  /** U-5: sets (or with empty, removes) the nickname, in every status. */
  public Either<Refusal, SubscriptionUpdate> rename(
      Optional<String> nickname, Actor by, Instant now) {
    List<Reason> input = new ArrayList<>();
    Optional<String> name = SubscriptionRequest.checkNickname(nickname, input);
    return change(by, now, s -> {
      List<Reason> reasons = new ArrayList<>(input);
      if (input.isEmpty() && name.equals(s.nickname())) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "the nickname is unchanged"));
      }
      return reasons;
    }, EnumSet.allOf(SubscriptionStatus.class), SubscriptionChange.NICKNAME_CHANGED, null,
        "nickname changed", s -> name.map(n -> Map.of("nickname", n)).orElse(Map.of()),
        s -> s.withNickname(name));
  }

  /**
   * U-1, U-5: sets (or with empty, removes) the indirect reseller it was sold through, while the
   * subscription is not CANCELLED or EXPIRED.
   */
  public Either<Refusal, SubscriptionUpdate> changeIndirectReseller(
      Optional<PartnerId> reseller, Actor by, Instant now) {
    return change(by, now, s -> reseller.equals(s.indirectReseller())
            ? List.of(Reason.of(ReasonCode.INVALID_INPUT, "the indirect reseller is unchanged"))
            : List.of(),
        EnumSet.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE,
            SubscriptionStatus.SUSPENDED),
        SubscriptionChange.INDIRECT_RESELLER_CHANGED, null, "indirect reseller changed",
        s -> reseller.map(r -> Map.of("indirectReseller", r.value())).orElse(Map.of()),
        s -> s.withIndirectReseller(reseller));
  }

  // ------------------------------------------------------------------ U-2: suspension

  /**
   * U-2: suspends an ACTIVE subscription; by the owning partner's ADMIN or ADMIN_AGENT or by
   * vendor staff. Its terms keep running (U-4).
   */
  public Either<Refusal, SubscriptionUpdate> suspend(Actor by, Instant now, String why) {
    return suspension(by, now, SubscriptionStatus.ACTIVE, SubscriptionChange.SUSPENDED,
        SubscriptionStatus.SUSPENDED, why);
  }

  /** U-2: reactivates a SUSPENDED subscription; by those who may suspend it. */
  public Either<Refusal, SubscriptionUpdate> reactivate(Actor by, Instant now, String why) {
    return suspension(by, now, SubscriptionStatus.SUSPENDED, SubscriptionChange.REACTIVATED,
        SubscriptionStatus.ACTIVE, why);
  }

  private Either<Refusal, SubscriptionUpdate> suspension(
      Actor by, Instant now, SubscriptionStatus from, SubscriptionChange kind,
      SubscriptionStatus to, String why) {
    return move(Access.canSuspendSubscriptions(by, partner()), now, s -> List.of(),
        EnumSet.of(from), kind, to, by, why, s -> Map.of(), s -> s);
  }

  // ------------------------------------------------------------------ the one way to change

  /** A change of the owning partner's ADMIN or ADMIN_AGENT (U-5). */
  private Either<Refusal, SubscriptionUpdate> change(
      Actor by, Instant now, Function<Subscription, List<Reason>> checks,
      Set<SubscriptionStatus> from, SubscriptionChange kind,
      SubscriptionStatus to, String why, Function<Subscription, Map<String, String>> data,
      UnaryOperator<Subscription> apply) {
    return move(Access.canChangeSubscriptions(by, partner()), now, checks, from, kind, to, by,
        why, data, apply);
  }

  private Either<Refusal, SubscriptionUpdate> move(
      boolean permitted, Instant now, Function<Subscription, List<Reason>> checks,
      Set<SubscriptionStatus> from, SubscriptionChange kind,
      @org.jspecify.annotations.Nullable SubscriptionStatus to, Actor by, String why,
      Function<Subscription, Map<String, String>> data, UnaryOperator<Subscription> apply) {
    return SubscriptionMove.decide(self(), permitted, now, checks, from, kind, to, by, why, data,
        apply);
  }
}
