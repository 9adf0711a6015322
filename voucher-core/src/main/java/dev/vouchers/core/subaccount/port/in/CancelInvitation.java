// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.InvitationId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-2: the partner cancels a pending invitation; its link stops working.
 */
@FunctionalInterface
public interface CancelInvitation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, InvitationView> cancel(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param invitation the invitation
   * @param why the reason recorded in the history (may be empty)
   */
  record Command(Actor principal, InvitationId invitation, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(invitation, "invitation");
      Objects.requireNonNull(why, "why");
    }
  }
}
