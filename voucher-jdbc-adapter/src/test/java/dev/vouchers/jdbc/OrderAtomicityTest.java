// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.testkit.contract.ContractData;
import io.vavr.control.Either;
import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * O-4 over JDBC: an order is stored whole or not at all, even when the database connection is
 * lost (or the voucher source fails) after half of its 2,000 vouchers were written: afterwards
 * there is no order row, no order line and no voucher row, and the same command tried again
 * stores everything. On H2 the vouchers go in as JDBC batches, on PostgreSQL with COPY;
 * {@link ConnectionCutter} aborts the physical connection in the middle of either.
 */
class OrderAtomicityTest {
  private static final int VOUCHERS = 2_000;

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void connectionLostHalfwayThroughAnOrderLeavesNoTraceAndTheRetrySucceeds_O4(
      TestDatabase database) {
    ConnectionCutter cutter = new ConnectionCutter();
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.unpooled(database, cutter::wrap)) {
      OrderVouchers.Command command = library.orderCommand(VOUCHERS);
      cutter.cutAfter(VOUCHERS / 2);

      assertThatThrownBy(() -> library.programme().ordering().orderVouchers().order(command))
          .isInstanceOf(JdbcStorageException.class);

      assertThat(cutter.hasCut()).isTrue();
      assertThat(cutter.rowsWrittenBeforeCut()).isBetween(VOUCHERS / 2, VOUCHERS - 1);
      assertNothingStored(library);

      cutter.disarm();
      Either<Refusal, PlacedOrder> retried = library.programme().ordering().orderVouchers().order(
          command);

      assertThat(retried.isRight()).as("retry: %s", retried).isTrue();
      assertStored(library, 1, 2, VOUCHERS);
      PlacedOrder placed = retried.get();
      for (int i : new int[] {0, VOUCHERS / 2, VOUCHERS - 1}) {
        assertThat(library.programme().vouchers().lookUpCode().lookUp(new LookUpCode.Command(
            library.customer, library.display(placed.codes().get(i)), CallerKey.of("test"))).isRight()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void sameOrderStoredAgainAfterTheConnectionWasLost_O4(TestDatabase database) {
    ConnectionCutter cutter = new ConnectionCutter();
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.unpooled(database, cutter::wrap)) {
      Order order = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0,
          ProgrammeOverJdbc.PRODUCT.value(), VOUCHERS);
      List<Voucher> vouchers = ContractData.vouchersFor(order);
      cutter.cutAfter(VOUCHERS / 2);

      assertThatThrownBy(() -> library.storage().vouchers().insertOrder(order, vouchers))
          .isInstanceOf(JdbcStorageException.class);
      assertThat(cutter.hasCut()).isTrue();
      assertNothingStored(library);

      cutter.disarm();
      assertThat(library.storage().vouchers().insertOrder(order, vouchers)).isEmpty();
      assertStored(library, 1, 1, VOUCHERS);
      assertThat(ContractData.vouchersOf(library.storage().vouchers(), order.id()))
          .isEqualTo(vouchers);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void voucherSourceFailingHalfwayLeavesNoTraceAndThePooledConnectionStaysUsable_O4(
      TestDatabase database) {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      Order order = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0,
          ProgrammeOverJdbc.PRODUCT.value(), VOUCHERS);
      List<Voucher> vouchers = ContractData.vouchersFor(order);
      List<Voucher> failing = new AbstractList<>() {
        @Override
        public Voucher get(int index) {
          if (index == VOUCHERS / 2) {
            throw new IllegalStateException("sealing failed (test)");
          }
          return vouchers.get(index);
        }

        @Override
        public int size() {
          return vouchers.size();
        }
      };

      assertThatThrownBy(() -> library.storage().vouchers().insertOrder(order, failing))
          .isInstanceOf(IllegalStateException.class).hasMessage("sealing failed (test)");
      assertNothingStored(library);

      assertThat(library.storage().vouchers().insertOrder(order, vouchers)).isEmpty();
      assertStored(library, 1, 1, VOUCHERS);
    }
  }

  private static void assertNothingStored(ProgrammeOverJdbc library) {
    assertStored(library, 0, 0, 0);
  }

  private static void assertStored(ProgrammeOverJdbc library, long orders, long lines,
      long vouchers) {
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_orders")).as("orders")
        .isEqualTo(orders);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_order_lines")).as("order lines")
        .isEqualTo(lines);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_vouchers")).as("vouchers")
        .isEqualTo(vouchers);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_history")).as("history rows")
        .isZero();
  }
}
