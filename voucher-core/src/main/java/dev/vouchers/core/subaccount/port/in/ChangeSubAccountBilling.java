// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: the partner's admin (or admin agent) changes who is billed and which prices apply;
 * refused while a contract is attached ({@code CONTRACT_ATTACHED}).
 */
@FunctionalInterface
public interface ChangeSubAccountBilling {

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
   * @param billing who is billed
   * @param pricing which prices apply
   */
  record Command(Actor principal, SubAccountId subAccount, Billing billing,
      Pricing pricing) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subAccount, "subAccount");
      Objects.requireNonNull(billing, "billing");
      Objects.requireNonNull(pricing, "pricing");
    }
  }
}
