// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Partner;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A partner manager registers a partner (or updates its name, features and language; the tier changes only through SetPartnerTier, T-5).
 */
@FunctionalInterface
public interface RegisterPartner {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Partner> register(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the partner
   */
  record Command(Actor principal, Partner partner) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
    }
  }
}
