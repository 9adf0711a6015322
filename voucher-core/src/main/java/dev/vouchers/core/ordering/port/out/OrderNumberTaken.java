// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.ordering.domain.OrderNumber;

/**
 * M-4: thrown by {@link Vouchers#insertOrder} when the new order's number is already stored
 * (the store's unique index on the number said so) and nothing of the order was written. The
 * placing service draws another number and tries again; with nine random digits this is a rare
 * path (about one order in a thousand once a million orders are stored), never an answer a
 * caller sees (ADR 0048).
 */
public final class OrderNumberTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The number that was taken. */
  private final long number;

  /** The number of the order that could not be stored. */
  public OrderNumberTaken(OrderNumber number) {
    super("order number " + number + " is taken", null, false, false);
    this.number = number.value();
  }

  /** The number that was taken. */
  public OrderNumber number() {
    return new OrderNumber(number);
  }
}
