// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * a partner manager rejects an open application (SUBMITTED, CONTRACT_SENT or
 * CONTRACT_SIGNED → REJECTED), saying why; the partner may apply again.
 */
@FunctionalInterface
public interface RejectResellerApplication {

  /**
   * Runs the use case.
   *
   * @return the rejected application, or a refusal with every reason that applies (nothing
   *     changed)
   */
  Either<Refusal, ResellerApplication> reject(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param application which application
   * @param why the reason, recorded in the history (1..2,000 characters)
   */
  record Command(Actor principal, ResellerApplicationId application, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(why, "why");
    }
  }
}
