// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-4: the sweep: writes EXPIRED for up to {@code limit} due vouchers; answers how many it expired. Safe to run concurrently with itself and with moves.
 */
@FunctionalInterface
public interface ExpireDueVouchers {

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
   * @param limit the most vouchers to expire in this call
   */
  record Command(Actor principal, int limit) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");

    }
  }
}
