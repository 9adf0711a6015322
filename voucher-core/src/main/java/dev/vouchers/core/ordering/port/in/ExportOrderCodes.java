// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.io.Writer;
import java.util.Objects;

/**
 * S-1: streams every code of an order as CSV (RFC 4180, formula-injection safe) to the writer, in bounded memory; answers the number of codes written.
 */
@FunctionalInterface
public interface ExportOrderCodes {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Long> export(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param order the order
   * @param out where the CSV goes; not closed
   */
  record Command(Actor principal, OrderId order, Writer out) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(out, "out");
    }
  }
}
