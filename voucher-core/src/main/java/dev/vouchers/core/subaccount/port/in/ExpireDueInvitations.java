// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-2: writes EXPIRED, with its history entry, for up to {@code limit} pending invitations
 * whose expiry has come. Optional: every read already shows them EXPIRED.
 */
@FunctionalInterface
public interface ExpireDueInvitations {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Integer> expire(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param limit the most invitations to expire in this run, positive
   */
  record Command(Actor principal, int limit) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }
}
