// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.in;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * T-2, T-4: a partner manager publishes a new price book; existing orders keep their prices.
 */
@FunctionalInterface
public interface PublishPriceBook {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, PriceBook> publish(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param priceBook the price book
   */
  record Command(Actor principal, PriceBook priceBook) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(priceBook, "priceBook");
    }
  }
}
