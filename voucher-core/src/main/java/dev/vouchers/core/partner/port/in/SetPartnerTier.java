// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.TierChange;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * T-5: a partner manager changes a partner's tier; the change is recorded (who, when, from, to). Existing orders keep their prices (T-4).
 */
@FunctionalInterface
public interface SetPartnerTier {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, TierChange> set(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the partner
   * @param tier the new tier
   */
  record Command(Actor principal, PartnerId partner, Tier tier) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(tier, "tier");
    }
  }
}
