// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * a period in which a customer belonged to a reseller: from when, until when (open while
 * current), who made it and who ended it. A customer's links are numbered from 1 and never
 * overlap; at most one is current.
 *
 * @param customer the customer
 * @param number its place in the customer's history, from 1
 * @param reseller the reseller partner
 * @param origin how it was made
 * @param from when it started (inclusive): the reseller's discount applies from here
 * @param linkedBy who made it
 * @param until when it ended (exclusive); empty while current
 * @param endedBy who ended it
 * @param endReason why it was ended
 */
public record CustomerLink(
    CustomerId customer, int number, PartnerId reseller, LinkOrigin origin, Instant from,
    String linkedBy, Optional<Instant> until, Optional<String> endedBy,
    Optional<String> endReason) {

  /** Every part required; an end is complete (when, who, why) and not before the start. */
  public CustomerLink {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(reseller, "reseller");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(linkedBy, "linkedBy");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(endedBy, "endedBy");
    Objects.requireNonNull(endReason, "endReason");
    if (number < 1) {
      throw new IllegalArgumentException("links are numbered from 1, got " + number);
    }
    if (until.isPresent() != endedBy.isPresent() || until.isPresent() != endReason.isPresent()) {
      throw new IllegalArgumentException("an ended link says when, by whom and why");
    }
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException("a link cannot end before it starts");
    }
  }

  /** A new, current link. */
  public static CustomerLink started(
      CustomerId customer, int number, PartnerId reseller, LinkOrigin origin, Instant from,
      String linkedBy) {
    return new CustomerLink(customer, number, reseller, origin, from, linkedBy, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** Whether it has not ended. */
  public boolean isCurrent() {
    return until.isEmpty();
  }

  /**
   * whether the customer belonged to the reseller at {@code at} (from inclusive, until
   * exclusive).
   */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(from) && until.map(at::isBefore).orElse(true);
  }

  /** The same link ended at {@code at} (never before its start). */
  public CustomerLink ended(Instant at, String by, String why) {
    if (!isCurrent()) {
      throw new IllegalStateException("link " + number + " of " + customer + " ended already");
    }
    Instant end = at.isBefore(from) ? from : at;
    return new CustomerLink(customer, number, reseller, origin, from, linkedBy, Optional.of(end),
        Optional.of(by), Optional.of(why));
  }
}
