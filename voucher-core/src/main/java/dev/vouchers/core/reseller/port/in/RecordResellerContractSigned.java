// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * the signed contract came back (CONTRACT_SENT → CONTRACT_SIGNED), recorded by a partner
 * manager or by the applicant's global admin; who, when and the signed document's reference go
 * to the history.
 */
@FunctionalInterface
public interface RecordResellerContractSigned {

  /**
   * Runs the use case.
   *
   * @return the application after the move, or a refusal with every reason that applies
   *     (nothing changed; another partner's application answers like a missing one, A-1)
   */
  Either<Refusal, ResellerApplication> record(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param application which application
   * @param documentReference where the signed contract is kept (1..200 characters)
   */
  record Command(Actor principal, ResellerApplicationId application, String documentReference) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(documentReference, "documentReference");
    }
  }
}
