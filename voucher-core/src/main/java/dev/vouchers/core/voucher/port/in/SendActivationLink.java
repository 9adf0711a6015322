// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * V-1, S-2: sends (or resends, maybe to another address) the activation link: the voucher becomes ASSIGNED and exactly one e-mail is written to the outbox in the same atomic step.
 */
@FunctionalInterface
public interface SendActivationLink {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> send(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher
   * @param recipient the customer's e-mail address
   * @param message the partner's personal message (may be empty)
   * @param idempotencyKey G-3: the caller's key for this request, if any: the same key
   *     with the same request answers with the first result and does nothing again
   */
  record Command(Actor principal, VoucherId voucher, String recipient, String message,
      Optional<IdempotencyKey> idempotencyKey) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Without an idempotency key. */
    public Command(Actor principal, VoucherId voucher, String recipient, String message) {
      this(principal, voucher, recipient, message, Optional.empty());
    }

    /** G-3: the same command under the caller's idempotency key. */
    public Command withIdempotencyKey(IdempotencyKey key) {
      return new Command(principal, voucher, recipient, message, Optional.of(key));
    }
  }
}
