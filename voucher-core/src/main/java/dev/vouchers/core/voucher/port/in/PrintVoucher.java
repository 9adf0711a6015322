// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
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
  record Command(Actor principal, VoucherId voucher) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
    }
  }
}
