// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * R-1, O-5: reseller applications, newest first, paged: for vendor staff every application in
 * the given statuses (the partner managers' queue), for a partner's users only their partner's
 * (A-1).
 */
@FunctionalInterface
public interface ListResellerApplications {

  /**
   * Runs the use case.
   *
   * @return a page of the applications, or a refusal (a cursor this listing did not issue is
   *     INVALID_INPUT)
   */
  Either<Refusal, Page<ResellerApplication>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param statuses the statuses to list; empty for all
   * @param page which page
   */
  record Command(Actor principal, Set<ResellerApplicationStatus> statuses, PageRequest page) {
    /** Every reference is required; the statuses are copied. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(page, "page");
      statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }
  }
}
