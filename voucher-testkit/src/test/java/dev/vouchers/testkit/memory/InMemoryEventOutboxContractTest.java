// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.testkit.contract.EventOutboxContract;
import dev.vouchers.testkit.contract.Storage;

/** Durable events over the in-memory adapter (M-5). */
class InMemoryEventOutboxContractTest extends EventOutboxContract {
  private InMemoryStore store = new InMemoryStore();

  @Override
  protected Storage newStorage() {
    store = new InMemoryStore();
    return Storage.of(store);
  }

  @Override
  protected EventOutbox events() {
    return store.eventOutbox();
  }
}
