// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.port.in;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * P-1, P-2: a partner manager defines or replaces a product.
 */
@FunctionalInterface
public interface DefineProduct {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Product> define(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param product the product
   */
  record Command(Actor principal, Product product) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(product, "product");
    }
  }
}
