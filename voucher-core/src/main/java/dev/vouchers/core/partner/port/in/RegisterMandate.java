// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Mandate;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * D-2: vendor staff record a signed power of attorney for an organisation.
 */
@FunctionalInterface
public interface RegisterMandate {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Mandate> register(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param organisation the organisation
   * @param documentReference where the signed document is kept
   * @param validUntil when it stops being valid, if it does
   */
  record Command(Actor principal, OrganisationId organisation, String documentReference, Optional<Instant> validUntil) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(documentReference, "documentReference");
      Objects.requireNonNull(validUntil, "validUntil");
    }
  }
}
