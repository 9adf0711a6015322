// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** M-1: imported codes, checked for repeats and stored codes, then stored as an order. */
final class MemoryCodeImports implements CodeImports {
  private final MemoryState state;
  private final MemoryVouchers vouchers;

  MemoryCodeImports(MemoryState state, MemoryVouchers vouchers) {
    this.state = state;
    this.vouchers = vouchers;
  }

  /**
   * M-1: the import held in memory (this store keeps everything anyway), checked for repeated
   * and stored codes, then stored like an order.
   */
  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> source, int limit) {
    List<Imported> rows = new ArrayList<>();
    source.accept(rows::add);
    synchronized (state.lock) {
      if (state.byNumber.containsKey(order.number())) {
        throw new OrderNumberTaken(order.number()); // M-4: nothing written
      }
      Set<CodeDigest> seen = new HashSet<>();
      List<Long> duplicateLines = new ArrayList<>();
      List<Long> clashLines = new ArrayList<>();
      long duplicates = 0;
      long clashes = 0;
      List<Imported> byLine = new ArrayList<>(rows);
      byLine.sort(Comparator.comparingLong(Imported::line));
      for (Imported row : byLine) {
        CodeDigest digest = row.voucher().code().digest();
        if (!seen.add(digest) && ++duplicates <= limit) {
          duplicateLines.add(row.line());
        }
        if (state.byCode.containsKey(digest) && ++clashes <= limit) {
          clashLines.add(row.line());
        }
      }
      if (duplicates > 0 || clashes > 0) {
        return new Clashes(duplicateLines, duplicates, clashLines, clashes);
      }
      Set<CodeDigest> clashing =
          vouchers.insertOrder(order, rows.stream().map(Imported::voucher).toList());
      if (!clashing.isEmpty()) {
        throw new IllegalStateException("checked codes clashed under the lock");
      }
      return Clashes.none();
    }
  }

}
