// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.order;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Small values of the ordering domain that only the adapters used (issue 18, session 6): the
 * cancellation's recorded actor (V-2, V-6), the period a usage row falls in (M-6) and an import
 * row's log text (M-1, C-2).
 */
class OrderingValuesEdgesTest {

  @Test
  void everyCancelledVoucherRecordsWhoCancelledItsOrder_V2_V6() {
    Order order = order(T0);
    OrderCancellation cancellation = new OrderCancellation(order,
        order.cancelled(T0.plusSeconds(60)), 2, ACME_ADMIN, "customer withdrew",
        order.total());

    assertThat(cancellation.byWhom()).isEqualTo(ACME_ADMIN.describe()).isNotBlank();
    assertThat(cancellation.move(voucher(VoucherStatus.VALID)).get().entry().by())
        .isEqualTo(cancellation.byWhom());
  }

  @Test
  void aCancellationMovesNoVouchersOrMoreButNeverANegativeNumber_V6() {
    Order order = order(T0);
    Order cancelled = order.cancelled(T0.plusSeconds(60));
    Money zero = Money.zero(order.total().currency());
    assertThat(new OrderCancellation(order, cancelled, 0, ACME_ADMIN, "why", zero).vouchers())
        .isZero();
    assertThatThrownBy(() -> new OrderCancellation(order, cancelled, -1, ACME_ADMIN, "why", zero))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUsageRowsPeriodIsItsUtcDayOrTheFirstDayOfItsUtcMonth_M6() {
    Instant lateOnTheSixth = Instant.parse("2026-12-06T23:59:59.999Z");
    assertThat(UsageBucket.DAY.periodOf(lateOnTheSixth)).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(UsageBucket.MONTH.periodOf(lateOnTheSixth)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(UsageBucket.DAY.periodOf(Instant.parse("2027-01-01T00:00:00Z")))
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void anImportRowPrintsItsLineNeverItsCode_M1_C2() {
    ImportRow row = new ImportRow(7, "OLD-SECRET-1234", "ssl-dv", "1", "1", "0", "VALID", "",
        "", "");
    assertThat(row.toString()).isEqualTo("ImportRow[line 7]");
  }
}
