// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.InvitationId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-2: one invitation with its real status and its history, for its partner or vendor staff.
 */
@FunctionalInterface
public interface GetInvitation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, InvitationDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param invitation the invitation
   */
  record Command(Actor principal, InvitationId invitation) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(invitation, "invitation");
    }
  }
}
