// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.VoucherView;
import org.junit.jupiter.api.Test;

/** An order's voucher pages end where the order does (O-5); a foreign order stays hidden. */
class OrderPagesAndForeignOrdersTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();

  private OrderDetails page(Order order, PageRequest page) {
    return ProgrammeFixture.ok(f.programme.ordering().getOrder().get(
        new GetOrder.Command(ALICE, order.id(), page)));
  }

  @Test
  void anOrderFillingItsPageExactlyHasNoNextPage_O5() {
    Order order = f.order(line(SMIME_1Y, 4));
    OrderDetails exact = page(order, PageRequest.first(4));
    assertThat(exact.vouchers().items()).hasSize(4);
    assertThat(exact.vouchers().next()).isEmpty();

    OrderDetails first = page(order, PageRequest.first(3));
    assertThat(first.vouchers().items()).hasSize(3);
    assertThat(first.vouchers().next()).isPresent();
    OrderDetails rest = page(order,
        PageRequest.after(3, first.vouchers().next().orElseThrow()));
    assertThat(rest.vouchers().items()).hasSize(1)
        .doesNotContainAnyElementsOf(first.vouchers().items());
    assertThat(rest.vouchers().next()).isEmpty();
  }

  @Test
  void cancellingAnotherPartnersOrderWithABadReasonAnswersNotFound_A1() {
    Order order = f.order(line(SMIME_1Y, 2));
    Refusal foreign = ProgrammeFixture.refused(f.programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(BOB, order.id(), "bad\u0000reason")));
    Refusal missing = ProgrammeFixture.refused(f.programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(BOB, OrderId.of("no-such-order"),
            "bad\u0000reason")));
    assertThat(foreign).isEqualTo(missing);
    assertThat(f.vouchersOf(order)).extracting(VoucherView::status)
        .containsOnly(VoucherStatus.VALID);
  }
}
