// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-5: the certificate requested with the voucher was cancelled or revoked; within the reissue window the voucher is VALID again.
 */
@FunctionalInterface
public interface ReportCertificateRevoked {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> report(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher
   */
  record Command(Actor principal, VoucherId voucher) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
    }
  }
}
