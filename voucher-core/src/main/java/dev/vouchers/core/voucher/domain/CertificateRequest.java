// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.OrganisationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificate request made with a voucher (RESERVED); its date starts the reissue window
 * (V-5).
 *
 * @param reference the certificate platform's reference
 * @param organisation the organisation the certificate is for, if any (D-2)
 * @param submittedAt when it was submitted
 */
public record CertificateRequest(
    String reference, Optional<OrganisationId> organisation, Instant submittedAt) {
  /** All parts required; the reference is 1..200 characters. */
  public CertificateRequest {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if (reference.isBlank() || reference.length() > 200) {
      throw new IllegalArgumentException("certificate request reference must be 1..200 chars");
    }
  }
}
