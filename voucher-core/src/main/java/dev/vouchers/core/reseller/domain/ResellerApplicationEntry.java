// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * one move in a reseller application's append-only history: from, to, when, who, why,
 * and the move's data (the contract's document reference, the discount set at approval).
 *
 * @param application the application that moved
 * @param from status before
 * @param to status after
 * @param at when
 * @param by who ({@link Actor#describe()})
 * @param why the reason given (for a rejection: the reason the applicant is told)
 * @param data the move's data
 */
public record ResellerApplicationEntry(
    ResellerApplicationId application,
    ResellerApplicationStatus from,
    ResellerApplicationStatus to,
    Instant at,
    String by,
    String why,
    Map<String, String> data) {

  /** R-1 holds for every entry; the data map is copied. */
  public ResellerApplicationEntry {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException("not an R-1 move: " + from + " -> " + to);
    }
    data = Map.copyOf(data);
  }
}
