// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/** T-5: one partner with its tier, features and the record of every tier change. */
@FunctionalInterface
public interface GetPartner {

  /**
   * Runs the use case.
   *
   * @return the partner, or a refusal (another partner's id answers like a missing one, A-1)
   */
  Either<Refusal, PartnerDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner which partner
   */
  record Command(Actor principal, PartnerId partner) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
    }
  }
}
