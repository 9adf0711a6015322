// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The reference model of subscriptions (U-1..U-5): what the brief says the observable state
 * must be after each command, restated without the core's rule code. Immutable; every command
 * returns the next model. Subscriptions are addressed by position, wrapped around the number
 * that exist, so every generated command means something.
 *
 * <p>Restated rules: a subscription is bought PENDING_ACTIVATION; the publisher activates it
 * (billing and the first term start); a term of n months or years after the billing start
 * ends at its last instant exclusive, and then an ACTIVE or SUSPENDED subscription renews with
 * auto-renew (the new term's start opens a new cancellation window) and expires without;
 * licences go up while PENDING_ACTIVATION or ACTIVE and down only inside the window; ACTIVE
 * or SUSPENDED subscriptions are cancelled only inside the window; a sales agent changes
 * nothing; a change to what is already so is refused.
 *
 * @param now the clock
 * @param subscriptions the subscriptions bought, oldest first
 * @param lastAccepted whether the last command was accepted (false: refused)
 */
public record SubscriptionModel(
    Instant now, List<SubscriptionState> subscriptions, boolean lastAccepted) {

  /** U-3: the harness's offer keeps the defaults: 72 hours for a monthly term. */
  public static final Duration MONTHLY_WINDOW = Duration.ofHours(72);
  /** U-3: 7 days for an annual term. */
  public static final Duration ANNUAL_WINDOW = Duration.ofDays(7);
  /** U-1: the harness's offer allows at most this many licences. */
  public static final int MAX_QUANTITY = 20;

  /** Copies the subscriptions. */
  public SubscriptionModel {
    subscriptions = List.copyOf(subscriptions);
  }

  /**
   * The same state without the last step's outcome: steps that race have no "last" one, so a
   * parallel check compares the states alone.
   *
   * @return this state, its outcome set to accepted
   */
  public SubscriptionModel withoutOutcome() {
    return new SubscriptionModel(now, subscriptions, true);
  }

  /** No subscriptions at {@code start}. */
  public static SubscriptionModel initial(Instant start) {
    return new SubscriptionModel(start, List.of(), true);
  }

  /**
   * One subscription as observed now.
   *
   * @param term monthly or annual
   * @param status the status as seen now
   * @param quantity licences
   * @param billing billing frequency
   * @param autoRenew auto-renew
   * @param purchasedAt when bought
   * @param billingStart when activated
   * @param termNumber the current term, 0 before activation
   * @param termStartedAt when the current term began
   * @param termEndsAt when it ends
   * @param windowClosesAt when the open cancellation window closes (empty: closed or final)
   * @param history how many history entries there are, term ends not yet written included
   */
  public record SubscriptionState(
      SubscriptionTerm term, SubscriptionStatus status, int quantity, BillingFrequency billing,
      boolean autoRenew, Instant purchasedAt, Optional<Instant> billingStart, int termNumber,
      Optional<Instant> termStartedAt, Optional<Instant> termEndsAt,
      Optional<Instant> windowClosesAt, int history) {

    private SubscriptionState with(SubscriptionStatus status, int quantity,
        BillingFrequency billing, boolean autoRenew, int history) {
      return new SubscriptionState(term, status, quantity, billing, autoRenew, purchasedAt,
          billingStart, termNumber, termStartedAt, termEndsAt, windowClosesAt, history);
    }

    private boolean live() {
      return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.SUSPENDED;
    }

    private Duration window() {
      return term == SubscriptionTerm.MONTHLY ? MONTHLY_WINDOW : ANNUAL_WINDOW;
    }

    private Instant windowOpensAt() {
      return termNumber >= 2 ? termStartedAt.orElseThrow() : purchasedAt;
    }

    private boolean windowOpen(Instant now) {
      return !now.isBefore(windowOpensAt()) && now.isBefore(windowOpensAt().plus(window()));
    }

    private static Instant end(SubscriptionTerm term, Instant anchor, int terms) {
      return term == SubscriptionTerm.MONTHLY
          ? anchor.atZone(ZoneOffset.UTC).plusMonths(terms).toInstant()
          : anchor.atZone(ZoneOffset.UTC).plusYears(terms).toInstant();
    }

    /** Term ends up to {@code now} applied one by one; the window as seen at {@code now}. */
    private SubscriptionState at(Instant now) {
      SubscriptionState s = this;
      while (s.live() && !now.isBefore(s.termEndsAt.orElseThrow())) {
        Instant ended = s.termEndsAt.orElseThrow();
        if (s.autoRenew) {
          int next = s.termNumber + 1;
          s = new SubscriptionState(s.term, s.status, s.quantity, s.billing, s.autoRenew,
              s.purchasedAt, s.billingStart, next, Optional.of(ended),
              Optional.of(end(s.term, s.billingStart.orElseThrow(), next)), s.windowClosesAt,
              s.history + 1);
        } else {
          s = s.with(SubscriptionStatus.EXPIRED, s.quantity, s.billing, s.autoRenew,
              s.history + 1);
        }
      }
      boolean closed = s.status == SubscriptionStatus.CANCELLED
          || s.status == SubscriptionStatus.EXPIRED || !s.windowOpen(now);
      Optional<Instant> closes = closed ? Optional.empty()
          : Optional.of(s.windowOpensAt().plus(s.window()));
      return new SubscriptionState(s.term, s.status, s.quantity, s.billing, s.autoRenew,
          s.purchasedAt, s.billingStart, s.termNumber, s.termStartedAt, s.termEndsAt, closes,
          s.history);
    }
  }

  // ------------------------------------------------------------------------ commands

  /** U-1: bought by a partner user of any role; 1..{@value #MAX_QUANTITY} licences. */
  public SubscriptionModel buy(SubscriptionTerm term, boolean autoRenew, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      return refused();
    }
    List<SubscriptionState> next = new ArrayList<>(subscriptions);
    next.add(new SubscriptionState(term, SubscriptionStatus.PENDING_ACTIVATION, quantity,
        BillingFrequency.MONTHLY, autoRenew, now, Optional.empty(), 0, Optional.empty(),
        Optional.empty(), Optional.empty(), 1).at(now));
    return new SubscriptionModel(now, next, true);
  }

  /** U-2: the publisher activates a PENDING_ACTIVATION subscription now. */
  public SubscriptionModel activate(int index) {
    return change(index, s -> s.status() != SubscriptionStatus.PENDING_ACTIVATION ? null
        : new SubscriptionState(s.term(), SubscriptionStatus.ACTIVE, s.quantity(), s.billing(),
            s.autoRenew(), s.purchasedAt(), Optional.of(now), 1, Optional.of(now),
            Optional.of(SubscriptionState.end(s.term(), now, 1)), s.windowClosesAt(),
            s.history() + 1));
  }

  /** U-3, U-5: more licences while PENDING or ACTIVE, fewer only inside the window. */
  public SubscriptionModel changeQuantity(int index, int quantity, boolean salesAgent) {
    return change(index, s -> {
      boolean allowed = !salesAgent
          && (s.status() == SubscriptionStatus.PENDING_ACTIVATION
              || s.status() == SubscriptionStatus.ACTIVE)
          && quantity >= 1 && quantity <= MAX_QUANTITY && quantity != s.quantity()
          && (quantity > s.quantity() || s.windowOpen(now));
      return allowed ? s.with(s.status(), quantity, s.billing(), s.autoRenew(), s.history() + 1)
          : null;
    });
  }

  /** U-3, U-5: ACTIVE or SUSPENDED, inside the window, not by a sales agent. */
  public SubscriptionModel cancel(int index, boolean salesAgent) {
    return change(index, s -> !salesAgent && s.live() && s.windowOpen(now)
        ? s.with(SubscriptionStatus.CANCELLED, s.quantity(), s.billing(), s.autoRenew(),
            s.history() + 1)
        : null);
  }

  /** U-4, U-5: switched while not CANCELLED or EXPIRED, to what it is not. */
  public SubscriptionModel switchAutoRenew(int index, boolean on, boolean salesAgent) {
    return change(index, s -> !salesAgent && (s.live()
        || s.status() == SubscriptionStatus.PENDING_ACTIVATION) && s.autoRenew() != on
        ? s.with(s.status(), s.quantity(), s.billing(), on, s.history() + 1)
        : null);
  }

  /** U-1, U-5: while PENDING or ACTIVE; a monthly term is billed monthly only. */
  public SubscriptionModel changeBilling(int index, BillingFrequency billing, boolean salesAgent) {
    return change(index, s -> !salesAgent && (s.status() == SubscriptionStatus.ACTIVE
        || s.status() == SubscriptionStatus.PENDING_ACTIVATION) && s.billing() != billing
        && !(billing == BillingFrequency.ANNUAL && s.term() == SubscriptionTerm.MONTHLY)
        ? s.with(s.status(), s.quantity(), billing, s.autoRenew(), s.history() + 1)
        : null);
  }

  /** U-2: ACTIVE to SUSPENDED. */
  public SubscriptionModel suspend(int index, boolean salesAgent) {
    return change(index, s -> !salesAgent && s.status() == SubscriptionStatus.ACTIVE
        ? s.with(SubscriptionStatus.SUSPENDED, s.quantity(), s.billing(), s.autoRenew(),
            s.history() + 1)
        : null);
  }

  /** U-2: SUSPENDED to ACTIVE. */
  public SubscriptionModel reactivate(int index, boolean salesAgent) {
    return change(index, s -> !salesAgent && s.status() == SubscriptionStatus.SUSPENDED
        ? s.with(SubscriptionStatus.ACTIVE, s.quantity(), s.billing(), s.autoRenew(),
            s.history() + 1)
        : null);
  }

  /** The clock moves; term ends that pass renew or expire (U-4). */
  public SubscriptionModel advance(Duration by) {
    Instant later = now.plus(by);
    return new SubscriptionModel(later, subscriptions.stream().map(s -> s.at(later)).toList(),
        true);
  }

  /** U-4: the sweep writes what is already seen: accepted, nothing observable changes. */
  public SubscriptionModel sweep() {
    return new SubscriptionModel(now, subscriptions, true);
  }

  // ------------------------------------------------------------------------ helpers

  private SubscriptionModel refused() {
    return new SubscriptionModel(now, subscriptions, false);
  }

  private SubscriptionModel change(int index, UnaryOperator<SubscriptionState> change) {
    if (subscriptions.isEmpty()) {
      return refused();
    }
    int i = Math.floorMod(index, subscriptions.size());
    SubscriptionState next = change.apply(subscriptions.get(i));
    if (next == null) {
      return refused();
    }
    List<SubscriptionState> all = new ArrayList<>(subscriptions);
    all.set(i, next.at(now));
    return new SubscriptionModel(now, all, true);
  }
}
