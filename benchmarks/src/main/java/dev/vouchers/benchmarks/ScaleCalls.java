// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.programme.application.VoucherProgramme;
import io.vavr.control.Either;

/**
 * The benchmarks' calls of use cases whose answers are being reshaped by issue 12 (GetOrder:
 * today the order with every voucher; to become the order, its counts per status and a keyset
 * page of its vouchers). Kept here, in one small place, so that only this class follows the
 * change. The benchmarks use no listing's {@code Page.total} at all.
 */
final class ScaleCalls {

  private ScaleCalls() {}

  /**
   * Reads an order as its owner does, and answers how many vouchers the answer carries.
   *
   * @param programme the library
   * @param principal the reader
   * @param order the order
   * @return the number of vouchers in the answer
   * @throws IllegalStateException if the library refuses
   */
  static int getOrder(VoucherProgramme programme, Actor principal, OrderId order) {
    Either<Refusal, OrderDetails> details =
        programme.ordering().getOrder().get(new GetOrder.Command(principal, order));
    if (details.isLeft()) {
      throw new IllegalStateException("GetOrder refused: " + details.getLeft());
    }
    return details.get().vouchers().items().size();
  }
}
