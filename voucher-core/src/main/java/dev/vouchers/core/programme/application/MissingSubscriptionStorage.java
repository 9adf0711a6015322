// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
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
import java.util.List;
import java.util.Optional;

/**
 * The storage of a programme built without subscription storage: every call fails, naming the
 * builder settings that were left out (a wiring mistake, not a business refusal), except the
 * sweep's query, which finds nothing due, so that a scheduler running every sweep stays quiet.
 */
final class MissingSubscriptionStorage implements Subscriptions, Offers {
  static final MissingSubscriptionStorage INSTANCE = new MissingSubscriptionStorage();

  private MissingSubscriptionStorage() {}

  private static IllegalStateException missing() {
    return new IllegalStateException("this VoucherProgramme has no subscription storage: build"
        + " it with VoucherProgramme.builder().subscriptions(...).offers(...)");
  }

  @Override
  public void insert(SubscriptionPurchase purchase) {
    throw missing();
  }

  @Override
  public Optional<Subscription> subscription(SubscriptionId id) {
    throw missing();
  }

  @Override
  public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
    throw missing();
  }

  @Override
  public boolean update(SubscriptionUpdate update) {
    throw missing();
  }

  @Override
  public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
    throw missing();
  }

  /** Nothing is due where nothing is stored: a scheduled sweep stays quiet. */
  @Override
  public List<SubscriptionUpdate> settleDue(Instant now, int limit) {
    return List.of();
  }

  @Override
  public Optional<Offer> offer(OfferId id) {
    throw missing();
  }

  @Override
  public List<Offer> offers() {
    throw missing();
  }

  @Override
  public void save(Offer offer) {
    throw missing();
  }
}
