// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: one sub-account with its history, for its partner or vendor staff.
 */
@FunctionalInterface
public interface GetSubAccount {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubAccountDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subAccount the sub-account
   */
  record Command(Actor principal, SubAccountId subAccount) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subAccount, "subAccount");
    }
  }
}
