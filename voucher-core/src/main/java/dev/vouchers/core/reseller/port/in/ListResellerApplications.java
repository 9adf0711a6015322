// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * reseller applications, oldest first: for vendor staff every application in the given
 * statuses (the partner managers' queue), for a partner's users only their partner's.
 */
@FunctionalInterface
public interface ListResellerApplications {

  /**
   * Runs the use case.
   *
   * @return the applications, or a refusal
   */
  Either<Refusal, List<ResellerApplication>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param statuses the statuses to list; empty for all
   */
  record Command(Actor principal, Set<ResellerApplicationStatus> statuses) {
    /** Every reference is required; the statuses are copied. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }
  }
}
