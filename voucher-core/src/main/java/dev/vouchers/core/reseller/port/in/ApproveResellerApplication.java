// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * a partner manager approves an application whose contract is signed
 * (CONTRACT_SIGNED → APPROVED): the partner is a reseller, and customers can be linked to it.
 * The reseller discount may be set now or later ({@link SetResellerDiscount}).
 */
@FunctionalInterface
public interface ApproveResellerApplication {

  /**
   * Runs the use case.
   *
   * @return the approved application, or a refusal with every reason that applies (nothing
   *     changed)
   */
  Either<Refusal, ResellerApplication> approve(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param application which application
   * @param discountPercent the reseller discount in percent (0..100), if set at approval
   */
  record Command(
      Actor principal, ResellerApplicationId application,
      Optional<BigDecimal> discountPercent) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(discountPercent, "discountPercent");
    }
  }
}
