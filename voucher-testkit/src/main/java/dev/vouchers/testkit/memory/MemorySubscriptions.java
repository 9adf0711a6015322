// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import static dev.vouchers.testkit.memory.MemoryState.page;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** U-1..U-5: offers and subscriptions with their history and events. */
final class MemorySubscriptions implements Subscriptions, Offers {
  private final MemoryState state;

  MemorySubscriptions(MemoryState state) {
    this.state = state;
  }

  @Override
  public Optional<Offer> offer(OfferId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.offers.get(id));
    }
  }

  @Override
  public List<Offer> offers() {
    synchronized (state.lock) {
      return List.copyOf(state.offers.values());
    }
  }

  @Override
  public void save(Offer offer) {
    synchronized (state.lock) {
      state.offers.put(offer.id(), offer);
    }
  }

  // ---------------------------------------------------------------- Subscriptions (U-1..U-4)

  @Override
  public void insert(SubscriptionPurchase purchase) {
    Subscription subscription = purchase.subscription();
    synchronized (state.lock) {
      if (state.subscriptions.containsKey(subscription.id())) {
        throw new IllegalStateException("subscription " + subscription.id() + " exists already");
      }
      state.subscriptions.put(subscription.id(), subscription);
      state.subscriptionHistory.computeIfAbsent(subscription.id(), k -> new ArrayList<>())
          .add(purchase.entry());
      state.events.append(ChangeEvents.of(purchase.entry())); // M-5
    }
  }

  @Override
  public Optional<Subscription> subscription(SubscriptionId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.subscriptions.get(id));
    }
  }

  @Override
  public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
    synchronized (state.lock) {
      return page(state.subscriptions.values(), filter::matches, Subscription::purchasedAt,
          s -> s.id().value(), page);
    }
  }

  @Override
  public boolean update(SubscriptionUpdate update) {
    synchronized (state.lock) {
      Subscription stored = state.subscriptions.get(update.before().id());
      if (stored == null || stored.version() != update.before().version()) {
        return false;
      }
      state.subscriptions.put(update.after().id(), update.after());
      state.subscriptionHistory.computeIfAbsent(update.after().id(), k -> new ArrayList<>())
          .addAll(update.entries());
      update.entries().forEach(entry -> state.events.append(ChangeEvents.of(entry))); // M-5
      return true;
    }
  }

  @Override
  public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
    synchronized (state.lock) {
      return List.copyOf(state.subscriptionHistory.getOrDefault(subscription, List.of()));
    }
  }

  @Override
  public List<SubscriptionUpdate> settleDue(Instant now, int limit) {
    synchronized (state.lock) {
      List<Subscription> due = state.subscriptions.values().stream()
          .filter(s -> s.isDue(now))
          .sorted(Comparator.comparing((Subscription s) -> s.termEndsAt().orElseThrow())
              .thenComparing(s -> s.id().value()))
          .limit(limit)
          .toList();
      List<SubscriptionUpdate> settled = new ArrayList<>(due.size());
      for (Subscription subscription : due) {
        SubscriptionUpdate update = subscription.settleTermEnds(now).getOrElseThrow(refusal ->
            new IllegalStateException("a due subscription was not settled: " + refusal));
        update(update);
        settled.add(update);
      }
      return settled;
    }
  }
}
