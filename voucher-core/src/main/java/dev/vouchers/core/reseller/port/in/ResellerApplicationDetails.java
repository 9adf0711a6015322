// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import java.util.List;
import java.util.Objects;

/**
 * a reseller application with its history and discount changes, oldest first.
 *
 * @param application the application as it is now
 * @param history every move: from, to, when, who, why and its data
 * @param discounts every discount change: who, when, from, to
 */
public record ResellerApplicationDetails(
    ResellerApplication application, List<ResellerApplicationEntry> history,
    List<DiscountChange> discounts) {
  /** Copies the lists. */
  public ResellerApplicationDetails {
    Objects.requireNonNull(application, "application");
    history = List.copyOf(history);
    discounts = List.copyOf(discounts);
  }
}
