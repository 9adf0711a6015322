// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.testkit.memory.InMemoryStore;

/**
 * A fresh, empty storage of the reseller programme, as its contract suites need it.
 * Kept apart from {@link Storage} so that a store of vouchers alone need not implement it.
 *
 * @param applications reseller applications, their history and discounts
 * @param links links between customers and resellers
 */
public record ResellerStorage(ResellerApplications applications, CustomerLinks links) {

  /** The ports of the in-memory store. */
  public static ResellerStorage of(InMemoryStore store) {
    return new ResellerStorage(store.resellerApplications(), store.customerLinks());
  }
}
