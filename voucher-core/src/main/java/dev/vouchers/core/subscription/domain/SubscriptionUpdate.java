// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import java.util.List;
import java.util.Objects;

/**
 * One change of a subscription as a store writes it (U-2): the subscription as read, after the
 * change (the next version), and the history entries in the order they happened: first the
 * term ends that were due and not yet written (U-4, term by term), then the change itself. A
 * store applies it only if the subscription is still in the version it was read in.
 *
 * @param before the subscription as read
 * @param after the subscription after the change ({@code before.version() + 1})
 * @param entries at least one entry, oldest first
 */
public record SubscriptionUpdate(
    Subscription before, Subscription after, List<SubscriptionHistoryEntry> entries) {

  /** The after state is the next version of the same subscription, with its entries. */
  public SubscriptionUpdate {
    entries = List.copyOf(entries);
    Objects.requireNonNull(before, "before");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1) {
      throw new IllegalArgumentException("an update goes from one version to the next");
    }
    if (entries.isEmpty()
        || entries.stream().anyMatch(e -> !e.subscription().equals(before.id()))) {
      throw new IllegalArgumentException("an update records at least one entry of its"
          + " subscription");
    }
  }

  /** The last entry: the change itself (or the last term end, for a sweep). */
  public SubscriptionHistoryEntry last() {
    return entries.get(entries.size() - 1);
  }
}
