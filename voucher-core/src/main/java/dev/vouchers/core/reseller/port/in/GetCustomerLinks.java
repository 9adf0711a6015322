// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * a customer's links with resellers, oldest first, with from, until and who. Vendor
 * staff and services see every link (none for a customer never linked); a reseller's users see
 * only their own links, and a customer that never was theirs answers like a missing id.
 */
@FunctionalInterface
public interface GetCustomerLinks {

  /**
   * Runs the use case.
   *
   * @return the links the principal may see, or a refusal
   */
  Either<Refusal, List<CustomerLink>> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param customer the customer
   */
  record Command(Actor principal, CustomerId customer) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
    }
  }
}
