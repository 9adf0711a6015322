// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.InvitationId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-2: sends a pending invitation again: a new token and a new expiry, and one more e-mail in
 * the same atomic step; the old link stops working.
 */
@FunctionalInterface
public interface ResendInvitation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, InvitationView> resend(Command command);

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
