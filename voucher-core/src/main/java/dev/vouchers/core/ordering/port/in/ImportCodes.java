// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.ImportSource;
import dev.vouchers.core.ordering.domain.OrderNumber;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * M-1: vendor staff import codes of an earlier system, in one of the programme's declared
 * import formats, as an imported order of a partner (ADR 0053). All or nothing: invalid rows,
 * codes repeated within the import and codes stored already are each refused with the first
 * lines concerned and their number, and nothing is written.
 */
@FunctionalInterface
public interface ImportCodes {

  /**
   * Imports the rows.
   *
   * @param command who imports what
   * @return the imported order, or every reason it was refused
   */
  Either<Refusal, ImportedOrder> importCodes(Command command);

  /**
   * What to import.
   *
   * @param principal vendor staff
   * @param partner the partner whose order the codes become
   * @param format the name of a declared import format ({@code ProgrammeSettings.importFormats})
   * @param rows the rows, read twice
   */
  record Command(Actor principal, PartnerId partner, String format, ImportSource rows) {
    /** All parts required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(rows, "rows");
    }
  }

  /**
   * The imported order.
   *
   * @param order its id
   * @param number its short number (M-4)
   * @param vouchers how many codes were imported
   */
  record ImportedOrder(OrderId order, OrderNumber number, int vouchers) {
    /** All parts required. */
    public ImportedOrder {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(number, "number");
    }
  }
}
