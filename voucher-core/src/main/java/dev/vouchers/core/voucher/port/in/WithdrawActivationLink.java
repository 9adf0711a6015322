// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-1: the partner withdraws the activation link; the voucher is VALID again.
 */
@FunctionalInterface
public interface WithdrawActivationLink {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> withdraw(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher
   * @param why the reason, for the history
   */
  record Command(Actor principal, VoucherId voucher, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(why, "why");
    }
  }
}
