// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.out;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.LinkChange;

/**
 * storage of the links between customers and resellers, ended links included. A customer
 * has at most one current link: the store enforces it (a unique constraint, a conditional
 * write), so that of two resellers linking one customer at once exactly one wins.
 * {@code CustomerLinksContract} in the testkit pins the behaviour.
 */
public interface CustomerLinks {

  /** every link of the customer, oldest first (empty for a customer never linked). */
  CustomerLinkHistory linkHistory(CustomerId customer);

  /**
   * applies the change atomically, if the link it ends is still current and the number of
   * the link it starts is still free (so the history is still the one the change was decided
   * on) and the customer has no other current link; otherwise writes nothing.
   *
   * @return whether it applied
   */
  boolean applyLinkChange(LinkChange change);

  /**
   * O-5: one page of the reseller's current links, newest first (start time
   * descending, then customer id ascending; the cursor's id is the customer's). L-1: a page
   * costs the same however many links the reseller has; the first page counts them up to
   * {@link Page.Total#CAP}.
   */
  Page<CustomerLink> currentLinksOf(PartnerId reseller, PageRequest page);
}
