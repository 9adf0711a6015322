// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.testkit.memory.InMemoryStore;

/**
 * A fresh, empty set of storage adapters sharing one database (or one memory), as a contract
 * suite needs them. Outbox rows written by {@link Vouchers#update} must be visible to
 * {@link #outbox()}.
 *
 * @param vouchers order and voucher storage
 * @param partners partner storage
 * @param catalog product and price storage
 * @param mandates mandate storage
 * @param outbox outbox delivery side
 */
public record Storage(
    Vouchers vouchers, Partners partners, Catalog catalog, Mandates mandates, Outbox outbox) {

  /** The ports of the in-memory store. */
  public static Storage of(InMemoryStore store) {
    return new Storage(store.vouchers(), store.partners(), store.catalog(), store.mandates(),
        store.outbox());
  }
}
