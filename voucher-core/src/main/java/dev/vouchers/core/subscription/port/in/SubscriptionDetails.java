// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import java.util.List;

/**
 * A subscription with its history (U-2). The history includes the term ends that have passed
 * but are not yet written (U-4), as they will be written.
 *
 * @param subscription the subscription as seen now
 * @param history every entry, oldest first
 */
public record SubscriptionDetails(
    SubscriptionView subscription, List<SubscriptionHistoryEntry> history) {
  /** Copies the history. */
  public SubscriptionDetails {
    history = List.copyOf(history);
  }
}
