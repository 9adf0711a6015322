// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * R-2, O-5: a reseller's console: the current links of its customers, newest first, paged. For the
 * reseller's own users and for vendor staff; another partner's id answers like a missing one
 * (A-1).
 */
@FunctionalInterface
public interface ListResellerCustomers {

  /**
   * Runs the use case.
   *
   * @return a page of the current links, or a refusal (a cursor this listing did not issue is
   *     INVALID_INPUT)
   */
  Either<Refusal, Page<CustomerLink>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param reseller the reseller partner
   * @param page which page
   */
  record Command(Actor principal, PartnerId reseller, PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(reseller, "reseller");
      Objects.requireNonNull(page, "page");
    }
  }
}
