// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import io.vavr.control.Either;
import java.util.Objects;

/** one reseller application with its history and discount changes. */
@FunctionalInterface
public interface GetResellerApplication {

  /**
   * Runs the use case.
   *
   * @return the application, or a refusal (another partner's application answers like a
   *     missing one, A-1)
   */
  Either<Refusal, ResellerApplicationDetails> get(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param application which application
   */
  record Command(Actor principal, ResellerApplicationId application) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(application, "application");
    }
  }
}
