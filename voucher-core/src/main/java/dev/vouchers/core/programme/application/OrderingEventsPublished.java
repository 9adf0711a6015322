// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;

/**
 * What the services of orders and vouchers tell, published as the programme's events (ADR
 * 0068): the one place they become {@link ProgrammeEvent}s.
 */
final class OrderingEventsPublished implements OrderingEvents {
  private final ProgrammeBasics basics;

  OrderingEventsPublished(ProgrammeBasics basics) {
    this.basics = basics;
  }

  @Override
  public void orderPlaced(OrderId order, PartnerId partner, int vouchers, Instant at) {
    basics.publish(new ProgrammeEvent.OrderPlaced(order, partner, vouchers, at));
  }

  @Override
  public void orderCancelled(OrderId order, PartnerId partner, int vouchers, Instant at) {
    basics.publish(new ProgrammeEvent.OrderCancelled(order, partner, vouchers, at));
  }

  @Override
  public void voucherMoved(VoucherId voucher, PartnerId partner, VoucherStatus from,
      VoucherStatus to, Instant at) {
    basics.publish(new ProgrammeEvent.VoucherMoved(voucher, partner, from, to, at));
  }
}
