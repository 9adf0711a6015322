// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ORG;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER;
import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.line;
import static dev.vouchers.core.fixtures.DomainFixtures.order;
import static dev.vouchers.core.fixtures.DomainFixtures.sslConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final Money CHF_10 = Money.ofMinor("CHF", 1000);

  private static Order withLines(OrderStatus status, Optional<java.time.Instant> cancelledAt,
      List<OrderLine> lines) {
    return new Order(OrderId.of("o-1"), new OrderNumber(123_456_789L), ACME, Optional.empty(), Optional.empty(), "invoice", lines,
        T0, "someone", status, cancelledAt, 0);
  }

  @Test
  void totalIsTheSumOfLineTotals_O3() {
    Order order = order(T0, line(1, sslConfig(), 3, CHF_10),
        line(2, ProductConfiguration.of(ORG, 1, 0, 0), 2, Money.ofMinor("CHF", 250)));
    assertThat(order.lines().get(0).lineTotal()).isEqualTo(Money.ofMinor("CHF", 3000));
    assertThat(order.lines().get(1).lineTotal()).isEqualTo(Money.ofMinor("CHF", 500));
    assertThat(order.total()).isEqualTo(Money.ofMinor("CHF", 3500));
    assertThat(order.voucherCount()).isEqualTo(5);
  }

  @Test
  void singleLineTotal_O3() {
    Order order = order(T0, line(1, sslConfig(), 1, CHF_10));
    assertThat(order.total()).isEqualTo(CHF_10);
    assertThat(order.voucherCount()).isEqualTo(1);
  }

  @Test
  void knowsWhichProductsItHas_O5() {
    Order order = order(T0, line(1, sslConfig(), 1, CHF_10));
    assertThat(order.hasProduct(SSL)).isTrue();
    assertThat(order.hasProduct(ORG)).isFalse();
  }

  @Test
  void cancelledCopyIsTheNextVersionWithCancellationTime_V6() {
    Order open = order(T0);
    Order cancelled = open.cancelled(T0.plusSeconds(60));
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).contains(T0.plusSeconds(60));
    assertThat(cancelled.version()).isEqualTo(open.version() + 1);
    assertThat(cancelled.lines()).isEqualTo(open.lines());
    assertThat(cancelled.placedAt()).isEqualTo(open.placedAt());
    assertThat(cancelled.total()).isEqualTo(open.total());
    assertThat(open.status()).isEqualTo(OrderStatus.OPEN);
  }

  @Test
  void needsAtLeastOneLine_O1() {
    assertThatThrownBy(() -> withLines(OrderStatus.OPEN, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one line");
  }

  @Test
  void isInOneCurrency_T3() {
    List<OrderLine> mixed = List.of(line(1, sslConfig(), 1, CHF_10),
        line(2, sslConfig(), 1, Money.ofMinor("EUR", 1000)));
    assertThatThrownBy(() -> withLines(OrderStatus.OPEN, Optional.empty(), mixed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one currency");
  }

  @Test
  void cancelledAtIsSetExactlyForCancelledOrders_V6() {
    List<OrderLine> lines = List.of(line(1, sslConfig(), 1, CHF_10));
    assertThatThrownBy(() -> withLines(OrderStatus.CANCELLED, Optional.empty(), lines))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withLines(OrderStatus.OPEN, Optional.of(T0), lines))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(withLines(OrderStatus.CANCELLED, Optional.of(T0), lines).cancelledAt()).contains(T0);
  }

  @Test
  void linesAreCopied() {
    List<OrderLine> lines = new ArrayList<>(List.of(line(1, sslConfig(), 1, CHF_10)));
    Order order = withLines(OrderStatus.OPEN, Optional.empty(), lines);
    lines.add(line(2, sslConfig(), 1, CHF_10));
    assertThat(order.lines()).hasSize(1);
  }

  @Test
  void lineNumberAndQuantityArePositive_O2() {
    PriceQuote quote = new PriceQuote(CHF_10, CHF_10, PriceSource.LIST_PRICE);
    assertThatThrownBy(() -> new OrderLine(0, sslConfig(), "x", 1, quote))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderLine(1, sslConfig(), "x", 0, quote))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new OrderLine(1, sslConfig(), "x", 1, quote).quantity()).isEqualTo(1);
  }

  @Test
  void filterMatchesPartnerStatusAndProduct_O5() {
    Order open = order(T0);
    Order cancelled = open.cancelled(T0);
    assertThat(OrderFilter.all(ACME).matches(open)).isTrue();
    assertThat(OrderFilter.all(OTHER).matches(open)).isFalse();
    OrderFilter onlyOpen = new OrderFilter(ACME, Set.of(OrderStatus.OPEN), Optional.empty());
    assertThat(onlyOpen.matches(open)).isTrue();
    assertThat(onlyOpen.matches(cancelled)).isFalse();
    assertThat(new OrderFilter(ACME, Set.of(), Optional.of(SSL)).matches(open)).isTrue();
    assertThat(new OrderFilter(ACME, Set.of(), Optional.of(ORG)).matches(open)).isFalse();
  }
}
