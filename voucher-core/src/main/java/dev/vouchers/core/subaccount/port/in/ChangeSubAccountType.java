// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: the vendor's partner manager changes a sub-account's type; partners cannot.
 */
@FunctionalInterface
public interface ChangeSubAccountType {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubAccount> change(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subAccount the sub-account
   * @param type the new type
   */
  record Command(Actor principal, SubAccountId subAccount, SubAccountType type) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subAccount, "subAccount");
      Objects.requireNonNull(type, "type");
    }
  }
}
