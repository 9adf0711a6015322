// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * a reseller's console: the current links of its customers, newest first. For the
 * reseller's own users and for vendor staff; another partner's id answers like a missing one
 * (A-1).
 */
@FunctionalInterface
public interface ListResellerCustomers {

  /**
   * Runs the use case.
   *
   * @return the current links, or a refusal
   */
  Either<Refusal, List<CustomerLink>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param reseller the reseller partner
   */
  record Command(Actor principal, PartnerId reseller) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(reseller, "reseller");
    }
  }
}
