// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.subscription.domain.AbstractSubscription.Settled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * U-2, U-4: a subscription's terms: the first term at its activation, and every term end that
 * has passed applied term by term ({@link AbstractSubscription#settle}), and the fields a
 * subscription needs in its status.
 */
final class TermEnds {
  private TermEnds() {}

  static Settled settle(Subscription self, Instant now) {
    Subscription current = self;
    List<SubscriptionHistoryEntry> entries = new ArrayList<>();
    while (current.status().runsTerms() && !now.isBefore(current.termEndsAt().orElseThrow())) {
      Instant end = current.termEndsAt().orElseThrow();
      if (current.autoRenew()) {
        int next = current.termNumber() + 1;
        Instant nextEnd = current.term().end(
            current.activation().orElseThrow().billingStartedAt(), next);
        entries.add(new SubscriptionHistoryEntry(self.id(), SubscriptionChange.RENEWED,
            current.status(), current.status(), end, SubscriptionHistoryEntry.TERM_END,
            "term renewed (auto-renew is on)", Map.of("term", Integer.toString(next),
                "termEndsAt", nextEnd.toString())));
        // the end moves first: every step is a valid subscription (start before end)
        current = current.withTermNumber(next).withTermEndsAt(nextEnd).withTermStartedAt(end)
            .withWindowOpensAt(end);
      } else {
        entries.add(new SubscriptionHistoryEntry(self.id(), SubscriptionChange.EXPIRED,
            current.status(), SubscriptionStatus.EXPIRED, end, SubscriptionHistoryEntry.TERM_END,
            "term ended (auto-renew is off)", Map.of("term",
                Integer.toString(current.termNumber()))));
        current = current.withStatus(SubscriptionStatus.EXPIRED);
      }
    }
    return new Settled(current, entries);
  }

  /** The pending subscription made ACTIVE with its activation and first term, in one step. */
  static Subscription firstTerm(
      Subscription pending, SubscriptionActivation activation, Instant firstTermEnd) {
    return Subscription.builder()
        .id(pending.id()).partner(pending.partner()).customer(pending.customer())
        .offer(pending.offer()).quantity(pending.quantity()).term(pending.term())
        .billingFrequency(pending.billingFrequency()).autoRenew(pending.autoRenew())
        .nickname(pending.nickname()).indirectReseller(pending.indirectReseller())
        .status(SubscriptionStatus.ACTIVE).purchasedAt(pending.purchasedAt())
        .cancellationWindow(pending.cancellationWindow()).windowOpensAt(pending.windowOpensAt())
        .activation(activation).termNumber(1).termStartedAt(activation.billingStartedAt())
        .termEndsAt(firstTermEnd).version(pending.version())
        .build();
  }

  /** The invariants of every built subscription (see {@link AbstractSubscription#check}). */
  static void check(Subscription s) {
    if (s.quantity() < 1) {
      throw new IllegalArgumentException("subscription " + s.id() + " needs at least one licence");
    }
    if (s.cancellationWindow().isNegative() || s.cancellationWindow().isZero()) {
      throw new IllegalArgumentException("subscription " + s.id() + " needs a positive window");
    }
    boolean pending = s.status() == SubscriptionStatus.PENDING_ACTIVATION;
    boolean running = s.termNumber() >= 1 && s.activation().isPresent()
        && s.termStartedAt().isPresent() && s.termEndsAt().isPresent()
        && s.termStartedAt().get().isBefore(s.termEndsAt().get());
    boolean waiting = s.termNumber() == 0 && s.activation().isEmpty()
        && s.termStartedAt().isEmpty() && s.termEndsAt().isEmpty();
    if (pending ? !waiting : !running) {
      throw new IllegalArgumentException("subscription " + s.id() + ": a " + s.status()
          + " subscription " + (pending ? "has no activation and no term yet"
              : "has an activation and a running term"));
    }
    if (!s.billingFrequency().fits(s.term())) {
      throw new IllegalArgumentException("subscription " + s.id() + ": a " + s.term()
          + " term cannot be billed " + s.billingFrequency());
    }
  }
}
