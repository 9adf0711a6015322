// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A voucher order (O-1..O-4): one partner, one customer, lines with frozen prices, a payment
 * method. It is created atomically with all its vouchers (O-4) and cancelled only as a
 * whole (V-6).
 *
 * @param id the order id
 * @param number its short number for people (M-4)
 * @param partner the ordering partner
 * @param customerName the customer it is meant for, if given
 * @param notes free notes such as an invoice number, if given
 * @param paymentMethod how it is paid
 * @param lines at least one line
 * @param placedAt the purchase time (starts expiry, V-4, and the cancellation window, V-6)
 * @param placedBy who placed it
 * @param status open or cancelled
 * @param cancelledAt when it was cancelled
 * @param version optimistic concurrency version
 */
public record Order(
    OrderId id,
    OrderNumber number,
    PartnerId partner,
    Optional<String> customerName,
    Optional<String> notes,
    String paymentMethod,
    List<OrderLine> lines,
    Instant placedAt,
    String placedBy,
    OrderStatus status,
    Optional<Instant> cancelledAt,
    long version) {

  /** M-1: the payment method of an order imported from an earlier system (ADR 0053). */
  public static final String IMPORTED = "imported";

  /** At least one line, one currency. */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(placedBy, "placedBy");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
    if (lines.stream().map(l -> l.unitPrice().currency()).distinct().count() != 1) {
      throw new IllegalArgumentException("an order is in one currency");
    }
    if ((status == OrderStatus.CANCELLED) != cancelledAt.isPresent()) {
      throw new IllegalArgumentException("cancelledAt is set exactly for cancelled orders");
    }
  }

  /** O-3: the order total. */
  public Money total() {
    Money total = Money.zero(lines.get(0).unitPrice().currency());
    for (OrderLine line : lines) {
      total = total.plus(line.lineTotal());
    }
    return total;
  }

  /** M-1: whether the order was imported from an earlier system rather than placed. */
  public boolean imported() {
    return IMPORTED.equals(paymentMethod);
  }

  /** How many vouchers the order issued. */
  public int voucherCount() {
    return lines.stream().mapToInt(OrderLine::quantity).sum();
  }

  /** Whether a line is for the product (O-5 filter). */
  public boolean hasProduct(ProductId product) {
    return lines.stream().anyMatch(l -> l.configuration().product().equals(product));
  }

  /** The same order, cancelled at {@code at}, at the next version (V-6). */
  public Order cancelled(Instant at) {
    return new Order(id, number, partner, customerName, notes, paymentMethod, lines, placedAt,
        placedBy, OrderStatus.CANCELLED, Optional.of(at), version + 1);
  }

  /** M-4: the same order under another number (a new one drawn before it is first stored). */
  public Order withNumber(OrderNumber other) {
    return new Order(id, other, partner, customerName, notes, paymentMethod, lines, placedAt,
        placedBy, status, cancelledAt, version);
  }
}
