// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * I-1: a partner's admin (or admin agent) invites a sub-account by e-mail, with a sub-account
 * type and an optional custom message. The invitation is stored PENDING and exactly one
 * invitation e-mail is written to the invitation outbox in the same atomic step; it goes out
 * only if the invitation was stored. A {@code SALES_AGENT} may not invite.
 */
@FunctionalInterface
public interface InviteSubAccount {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, InvitationView> invite(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the inviting partner
   * @param recipient the invitee's e-mail address
   * @param type the type of sub-account offered
   * @param message the custom message, empty for none
   * @param idempotencyKey G-3: the caller's key for this request, if any: the same key
   *     with the same request answers with the first result and does nothing again
   */
  record Command(Actor principal, PartnerId partner, String recipient, SubAccountType type,
      String message,
      Optional<IdempotencyKey> idempotencyKey) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Without an idempotency key. */
    public Command(Actor principal, PartnerId partner, String recipient, SubAccountType type,
        String message) {
      this(principal, partner, recipient, type, message, Optional.empty());
    }

    /** G-3: the same command under the caller's idempotency key. */
    public Command withIdempotencyKey(IdempotencyKey key) {
      return new Command(principal, partner, recipient, type, message, Optional.of(key));
    }
  }
}
