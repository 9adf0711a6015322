// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * D-1: asks the domain probe what is published and decides whether control is proven.
 */
@FunctionalInterface
public interface VerifyDomainControl {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, DomainChallenge> verify(Command command);

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
