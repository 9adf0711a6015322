// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.DiscountChange;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * a partner manager sets or changes an approved reseller's discount. It applies to its
 * customers' purchases from now on; prices computed before keep the discount they had.
 */
@FunctionalInterface
public interface SetResellerDiscount {

  /**
   * Runs the use case.
   *
   * @return the recorded change (who, when, from, to), or a refusal with every reason that
   *     applies (nothing changed)
   */
  Either<Refusal, DiscountChange> set(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param reseller the reseller partner
   * @param percent the discount in percent (0..100)
   */
  record Command(Actor principal, PartnerId reseller, BigDecimal percent) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(reseller, "reseller");
      Objects.requireNonNull(percent, "percent");
    }
  }
}
