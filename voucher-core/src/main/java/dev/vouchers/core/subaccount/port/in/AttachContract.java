// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: the vendor's partner manager attaches a contract to a sub-account (replacing one
 * attached before); from then on its billing and pricing follow the contract.
 */
@FunctionalInterface
public interface AttachContract {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubAccount> attach(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subAccount the sub-account
   * @param contract the contract reference, 1..64 characters
   */
  record Command(Actor principal, SubAccountId subAccount, String contract) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subAccount, "subAccount");
      Objects.requireNonNull(contract, "contract");
    }
  }
}
