// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.OutboxContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the activation outbox contract. */
class InMemoryOutboxContractTest extends OutboxContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
