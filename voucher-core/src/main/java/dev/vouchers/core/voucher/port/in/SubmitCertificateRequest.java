// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * V-1, D-1, D-2: the certificate request is submitted; the voucher becomes RESERVED. Refused when a mandate is missing or domain control unproven, with every reason.
 */
@FunctionalInterface
public interface SubmitCertificateRequest {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> submit(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher, by id or typed code
   * @param reference the certificate platform's request reference
   * @param organisation the organisation the certificate is for (D-2)
   */
  record Command(Actor principal, VoucherRef voucher, String reference, Optional<OrganisationId> organisation) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(organisation, "organisation");
    }
  }
}
