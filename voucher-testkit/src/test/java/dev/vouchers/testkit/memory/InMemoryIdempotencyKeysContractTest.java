// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.testkit.contract.IdempotencyKeysContract;
import dev.vouchers.testkit.contract.Storage;

/** The in-memory adapter passes the idempotency key contract (G-3). */
class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {
  private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }

  @Override
  protected IdempotencyKeys idempotencyKeys() {
    return keys;
  }
}
