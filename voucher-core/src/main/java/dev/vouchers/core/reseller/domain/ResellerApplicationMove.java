// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of an allowed change of a reseller application: before and after, the history
 * entry of a status move and the discount change it makes. A store applies it only
 * if the application is still {@code before} (its version).
 *
 * @param before the application as read
 * @param after the application after the change (version + 1)
 * @param entry the history entry; empty for a discount change without a status move
 * @param discount the discount change; present when the discount was set or changed
 */
public record ResellerApplicationMove(
    ResellerApplication before, ResellerApplication after,
    Optional<ResellerApplicationEntry> entry, Optional<DiscountChange> discount) {

  /** The after state is the next version of the same application; something is recorded. */
  public ResellerApplicationMove {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(discount, "discount");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1) {
      throw new IllegalArgumentException("a move goes from one version to the next");
    }
    if (entry.isEmpty() && discount.isEmpty()) {
      throw new IllegalArgumentException("a move records a status move or a discount change");
    }
  }
}
