// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.out;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of subscriptions bought for customers and their history (U-1..U-4). Every write is
 * atomic; a change applies only if the subscription is still in the version it was read in,
 * so that of two concurrent changes both apply one after the other or one is decided again on
 * what the other left, and none is lost. {@code SubscriptionsContract} in the testkit pins the
 * behaviour.
 */
public interface Subscriptions {

  /**
   * U-1: stores a new subscription with its purchase entry, both or neither.
   *
   * @throws IllegalStateException (or the adapter's storage exception) if the id is taken
   */
  void insert(SubscriptionPurchase purchase);

  /** The subscription as stored, if it is. */
  Optional<Subscription> subscription(SubscriptionId id);

  /**
   * A page of subscriptions, newest first (purchase time descending, then id ascending), with
   * statuses compared as seen at the filter's instant (U-4).
   */
  Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page);

  /**
   * U-2: applies the change if the stored version is still {@code update.before().version()},
   * appending its history entries in order, all in one atomic step.
   *
   * @return whether it applied; false means a concurrent writer came first and nothing was
   *     written
   */
  boolean update(SubscriptionUpdate update);

  /** U-2: a subscription's history in the order it was written. */
  List<SubscriptionHistoryEntry> history(SubscriptionId subscription);

  /**
   * U-4, L-2: one atomic step of the term-end sweep over up to {@code limit} subscriptions that
   * run terms as stored (ACTIVE, SUSPENDED) and whose term end has come at {@code now},
   * earliest term end first: each is settled by the domain
   * ({@code AbstractSubscription.settleTermEnds(now)}: the renewals term by term, or the
   * expiry) and written, the next version with its term-end entries in order, all in one
   * transaction. The new term is computed per subscription (a calendar month or year from its
   * billing start); the store selects and writes the batch as a set. A subscription another
   * sweep or a change holds or has changed meanwhile is left out (never waited for, never
   * settled twice): the change writes its term ends itself.
   *
   * @return the updates written, at most {@code limit}; fewer than {@code limit} when no more
   *     were due and free
   */
  List<SubscriptionUpdate> settleDue(Instant now, int limit);
}
