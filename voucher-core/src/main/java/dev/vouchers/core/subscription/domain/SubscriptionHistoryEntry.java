// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * U-2: one entry of a subscription's append-only history: what changed, the status before and
 * after, when, who, why, and the change's data (quantities, the publisher link, the new term,
 * ...). Entries that keep the status ({@link SubscriptionChange#movesStatus()} false) have
 * {@code from == to}.
 *
 * <p>Term ends (U-4) are written with the term end as {@code at} and {@link #TERM_END} as
 * {@code by}: they happened at that instant whoever wrote them down (the sweep, or the next
 * change of the subscription).
 *
 * @param subscription the subscription
 * @param change what kind of change
 * @param from status before
 * @param to status after
 * @param at when
 * @param by who ({@link Actor#describe()}, or {@link #TERM_END})
 * @param why the reason given
 * @param data the change's data
 */
public record SubscriptionHistoryEntry(
    SubscriptionId subscription,
    SubscriptionChange change,
    SubscriptionStatus from,
    SubscriptionStatus to,
    Instant at,
    String by,
    String why,
    Map<String, String> data) {

  /** U-4: the "who" of renewals and expiries, which the passing of time makes. */
  public static final String TERM_END = "term-end";

  /** U-2 holds for every entry; the data map is copied. */
  public SubscriptionHistoryEntry {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    if (!change.fits(from, to)) {
      throw new IllegalArgumentException("not a U-2 entry: " + change + " " + from + " -> " + to);
    }
    data = Map.copyOf(data);
  }
}
