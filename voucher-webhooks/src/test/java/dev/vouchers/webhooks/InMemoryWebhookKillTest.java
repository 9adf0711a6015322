// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;

/** The webhook kill test over the in-memory event outbox (M-5). */
class InMemoryWebhookKillTest extends WebhookKillScenario {
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
