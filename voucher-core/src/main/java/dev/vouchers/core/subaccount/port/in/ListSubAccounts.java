// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.SubAccount;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: a partner's sub-accounts, newest first, paged.
 */
@FunctionalInterface
public interface ListSubAccounts {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Page<SubAccount>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose sub-accounts
   * @param page which page
   */
  record Command(Actor principal, PartnerId partner, PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(page, "page");
    }
  }
}
