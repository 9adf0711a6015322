// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-1, V-7: the certificate was obtained or the platform opened with the code; of concurrent redemptions of one code exactly one wins.
 */
@FunctionalInterface
public interface MarkRedeemed {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> redeem(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher, by id or typed code
   */
  record Command(Actor principal, VoucherRef voucher) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
    }
  }
}
