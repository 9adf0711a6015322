// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.line;
import static dev.vouchers.core.fixtures.DomainFixtures.sslConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ordering domain's edges left after issue 18's second round (session 6): the validity a
 * line may ask for (O-2, L-4), how many vouchers one order may issue (O-4, L-4) and which orders
 * were imported (M-1).
 */
class OrderEdgesTest {
  private static final Money FREE = Money.ofMinor("CHF", 0);

  private static OrderRequest request(int validityYears) {
    return new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
        List.of(new OrderRequest.Line("ssl-dv", validityYears, 1, 0, 1)));
  }

  @Test
  void aLineMayAskForAHundredYearsOfValidityAndNoMore_O2_L4() {
    assertThat(request(OrderRequest.MAX_VALIDITY_YEARS).validate(OrderLimits.defaults())
        .get().lines().get(0).configuration().validityYears())
        .isEqualTo(OrderRequest.MAX_VALIDITY_YEARS);
    assertThat(request(OrderRequest.MAX_VALIDITY_YEARS + 1).validate(OrderLimits.defaults())
        .getError().map(Reason::message))
        .containsExactly("line 1: validity must be 1..100 years");
  }

  @Test
  void anOrderIssuesAtMostIntegerMaxVouchers_evenAtAZeroPrice_O4_L4() {
    int half = Integer.MAX_VALUE / 2;
    List<OrderLine> fits = List.of(line(1, sslConfig(), half, FREE),
        line(2, sslConfig(), Integer.MAX_VALUE - half, FREE));
    assertThat(OrderPlacement.total(fits)).isEmpty();

    List<OrderLine> tooMany = List.of(line(1, sslConfig(), half, FREE),
        line(2, sslConfig(), Integer.MAX_VALUE - half + 1, FREE));
    assertThat(OrderPlacement.total(tooMany)).hasValueSatisfying(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.QUANTITY_OUT_OF_RANGE);
      assertThat(reason.message()).contains(String.valueOf(Integer.MAX_VALUE));
    });

    List<OrderLine> farTooMany = List.of(line(1, sslConfig(), Integer.MAX_VALUE, FREE),
        line(2, sslConfig(), Integer.MAX_VALUE, FREE), line(3, sslConfig(), 5, FREE));
    assertThat(OrderPlacement.total(farTooMany)).map(Reason::code)
        .contains(ReasonCode.QUANTITY_OUT_OF_RANGE);
  }

  @Test
  void anOrderIsImportedExactlyWhenItsPaymentMethodSaysSo_M1() {
    assertThat(order(Order.IMPORTED).imported()).isTrue();
    assertThat(order("invoice").imported()).isFalse();
    assertThat(order("Imported").imported()).isFalse();
  }

  private static Order order(String paymentMethod) {
    return new Order(OrderId.of("o-1"), new OrderNumber(123_456_789L), ACME, Optional.empty(),
        Optional.empty(), paymentMethod, List.of(line(1, sslConfig(), 1, FREE)), T0, "someone",
        OrderStatus.OPEN, Optional.empty(), 0);
  }
}
