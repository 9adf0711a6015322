// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.CustomerId;
import java.util.Objects;
import java.util.Optional;

/**
 * one change of a customer's links, applied atomically or not at all: the current link
 * ended (unlink, or the first half of a transfer) and a new link started (link, or the second
 * half). A store applies it only if the ended link is still current and the started link's
 * number is still free, which is how "at most one reseller at a time" holds under races.
 *
 * @param customer the customer
 * @param ended the current link as ended by this change, if one ends
 * @param started the new link, if one starts
 */
public record LinkChange(
    CustomerId customer, Optional<CustomerLink> ended, Optional<CustomerLink> started) {

  /** Something changes, for this customer, and a started link follows the ended one. */
  public LinkChange {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(started, "started");
    if (ended.isEmpty() && started.isEmpty()) {
      throw new IllegalArgumentException("a link change ends or starts a link");
    }
    if (ended.filter(l -> !l.customer().equals(customer) || l.isCurrent()).isPresent()
        || started.filter(l -> !l.customer().equals(customer) || !l.isCurrent()).isPresent()) {
      throw new IllegalArgumentException("a link change ends a link and starts a current one,"
          + " both of " + customer);
    }
    if (ended.isPresent() && started.isPresent()
        && started.get().number() != ended.get().number() + 1) {
      throw new IllegalArgumentException("a transfer starts the link after the one it ends");
    }
  }
}
