// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-1, P-2: organisation activation starts (PENDING); only for products with organisation activation.
 */
@FunctionalInterface
public interface StartOrganisationActivation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> start(Command command);

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
