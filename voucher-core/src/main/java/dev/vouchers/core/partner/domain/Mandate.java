// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

import dev.vouchers.core.kernel.OrganisationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * D-2: a signed power of attorney on file for an organisation.
 *
 * @param organisation the organisation it is for
 * @param documentReference where the signed document is kept
 * @param registeredAt when it was recorded
 * @param registeredBy who recorded it
 * @param validUntil when it stops being valid, if it does
 */
public record Mandate(
    OrganisationId organisation, String documentReference, Instant registeredAt,
    String registeredBy, Optional<Instant> validUntil) {

  /** All parts required. */
  public Mandate {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(documentReference, "documentReference");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /** D-2: whether the mandate is in force at {@code now}. */
  public boolean inForceAt(Instant now) {
    return !now.isBefore(registeredAt) && validUntil.map(now::isBefore).orElse(true);
  }
}
