// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.voucher.domain.Voucher;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * M-1: stores an imported order with its vouchers, all or nothing, finding repeated and
 * already stored codes where the codes are (ADR 0053). {@code CodeImportContract} in the
 * testkit pins the behaviour.
 */
@FunctionalInterface
public interface CodeImports {

  /**
   * Stores the order and every voucher {@code vouchers} gives, or nothing. Vouchers whose code
   * digest occurs twice among them, or is stored already, are reported (the first {@code
   * limit} lines of each kind, in line order, and how many there are) and nothing is written.
   * The vouchers are streamed: a store must not hold them all in memory (a million of them
   * fit in a small heap).
   *
   * @param order the order (its lines count the vouchers)
   * @param vouchers gives every voucher of the order, with the line it was read from, in
   *     order; called once
   * @param limit how many lines of each kind to report at most
   * @return what clashed; {@link Clashes#none()} when the order was stored
   * @throws OrderNumberTaken when another stored order has the order's number (nothing written)
   */
  Clashes importOrder(Order order, Consumer<Consumer<Imported>> vouchers, int limit);

  /**
   * A voucher to import and the line it was read from.
   *
   * @param line the row's line
   * @param voucher the voucher
   */
  record Imported(long line, Voucher voucher) {
    /** The voucher required. */
    public Imported {
      Objects.requireNonNull(voucher, "voucher");
    }
  }

  /**
   * Codes that kept an import from being stored.
   *
   * @param duplicateLines the first lines whose code occurs earlier in the import
   * @param duplicates how many lines repeat an earlier line's code
   * @param clashLines the first lines whose code is stored already
   * @param clashes how many lines have a stored code
   */
  record Clashes(List<Long> duplicateLines, long duplicates, List<Long> clashLines,
      long clashes) {
    private static final Clashes NONE = new Clashes(List.of(), 0, List.of(), 0);

    /** Copies the lists. */
    public Clashes {
      duplicateLines = List.copyOf(duplicateLines);
      clashLines = List.copyOf(clashLines);
    }

    /**
     * Nothing clashed.
     *
     * @return the empty clashes
     */
    public static Clashes none() {
      return NONE;
    }

    /**
     * Whether anything clashed.
     *
     * @return true if a duplicate or a clash was found
     */
    public boolean any() {
      return duplicates > 0 || clashes > 0;
    }
  }
}
