// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * a partner's global admin applies for the reseller programme; the application is
 * SUBMITTED. A partner has at most one open or approved application; after a rejection it may
 * apply again.
 */
@FunctionalInterface
public interface ApplyAsReseller {

  /**
   * Runs the use case.
   *
   * @return the submitted application, or a refusal with every reason that applies (nothing
   *     changed; another partner's id answers like a missing one, A-1)
   */
  Either<Refusal, ResellerApplication> apply(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the applicant partner
   */
  record Command(Actor principal, PartnerId partner) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
    }
  }
}
