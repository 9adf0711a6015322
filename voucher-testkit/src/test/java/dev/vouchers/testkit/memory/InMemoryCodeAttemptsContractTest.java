// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.testkit.contract.CodeAttemptsContract;

/** The in-memory adapter passes the CodeAttempts contract (G-1). */
class InMemoryCodeAttemptsContractTest extends CodeAttemptsContract {
  @Override
  protected CodeAttempts newAttempts() {
    return new InMemoryCodeAttempts();
  }
}
