// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.SubscriptionData.activation;
import static dev.vouchers.testkit.contract.SubscriptionData.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SubscriptionsContract}'s writes through the port, each checked as it is made. */
final class SubscriptionWrites {
  private final Subscriptions subscriptions;

  SubscriptionWrites(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  Subscription bought(PartnerId partner, String customer, Instant at,
      SubscriptionTerm term, boolean autoRenew) {
    SubscriptionPurchase purchase = purchase(partner, customer, at, term, autoRenew);
    subscriptions.insert(purchase);
    return purchase.subscription();
  }

  Subscription active(PartnerId partner, String customer, Instant at,
      SubscriptionTerm term, boolean autoRenew) {
    Subscription pending = bought(partner, customer, at, term, autoRenew);
    SubscriptionUpdate update = activation(pending, at);
    assertThat(subscriptions.update(update)).isTrue();
    return update.after();
  }

  Subscription write(Subscription read, SubscriptionUpdate update) {
    assertThat(update.before()).isEqualTo(read);
    assertThat(subscriptions.update(update)).isTrue();
    return update.after();
  }

  List<SubscriptionId> ids(PartnerId partner, SubscriptionStatus status, Instant asOf) {
    return subscriptions.subscriptions(new SubscriptionFilter(partner, Optional.empty(),
        Set.of(status), asOf), PageRequest.first(50)).items().stream().map(Subscription::id)
        .toList();
  }

  /** Asserts that the update was written: the stored state and the history's last entries. */
  void assertWritten(SubscriptionUpdate update) {
    assertThat(subscriptions.subscription(update.before().id())).contains(update.after());
    List<SubscriptionHistoryEntry> history = subscriptions.history(update.before().id());
    assertThat(history.subList(history.size() - update.entries().size(), history.size()))
        .containsExactlyElementsOf(update.entries());
  }
}
