// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.port.in;

import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.PrintableVoucher;
import dev.vouchers.core.domain.Refusal;
import dev.vouchers.core.domain.VoucherId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * S-3: the printable voucher data of one voucher, for its partner.
 */
@FunctionalInterface
public interface PrintVoucher {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, PrintableVoucher> print(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher
   */
  record Command(Principal principal, VoucherId voucher) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
    }
  }
}
