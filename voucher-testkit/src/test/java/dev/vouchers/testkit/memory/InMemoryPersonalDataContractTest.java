// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.PersonalDataContract;
import dev.vouchers.testkit.contract.Storage;

/** Erasure of personal data over the in-memory adapter (E-1). */
class InMemoryPersonalDataContractTest extends PersonalDataContract {
  @Override
  protected Storage newStorage() {
    return Storage.of(new InMemoryStore());
  }
}
