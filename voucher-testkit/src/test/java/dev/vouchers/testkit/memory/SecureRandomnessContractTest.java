// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.testkit.contract.CodeRandomnessContract;

/** The default SecureRandom source passes the randomness contract. */
class SecureRandomnessContractTest extends CodeRandomnessContract {
  private final CodeRandomness randomness = CodeRandomness.secure();

  @Override
  protected CodeRandomness randomness() {
    return randomness;
  }
}
