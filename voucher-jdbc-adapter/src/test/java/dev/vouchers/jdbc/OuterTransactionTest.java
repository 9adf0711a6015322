// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import dev.vouchers.testkit.contract.ContractData;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Port calls made while the application has a transaction open join it ({@link
 * OuterTransaction}): an order placed through the library, its vouchers and the outbox rows of
 * their moves commit or roll back with the application's transaction (O-4, S-2, V-7); a code
 * clash (C-1) or a cancellation that lost to a move (V-6) takes back only its own writes, to a
 * savepoint, and leaves the application's transaction usable (on PostgreSQL, where a failed
 * statement aborts it); without an open transaction every call commits on its own as before.
 */
class OuterTransactionTest {
  private static final String RECIPIENT = "recipient@customer.example";

  private final ThreadLocalTransaction application = new ThreadLocalTransaction();

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void orderAndItsMovesRollBackWithTheApplicationsTransaction_O4_S2_V7(TestDatabase database)
      throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      Connection connection = application.begin(library.dataSource());
      PlacedOrder placed = library.place(3);
      assertThat(library.sendActivationLink(placed.voucher(0), RECIPIENT).isRight()).isTrue();

      // the application's transaction sees its own writes through the ports
      assertThat(ContractData.vouchersOf(library.storage().vouchers(), placed.order().id()))
          .hasSize(3);
      assertThat(library.storage().outbox().backlog()).isEqualTo(1);
      // the adapter neither committed nor closed nor reconfigured the connection
      assertThat(connection.isClosed()).isFalse();
      assertThat(connection.getAutoCommit()).isFalse();
      assertThat(application.joins()).isPositive().isEqualTo(application.releases());

      application.rollback();

      assertStored(library, 0, 0, 0, 0);
      assertThat(library.storage().vouchers().order(placed.order().id())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void orderAndItsMovesCommitWithTheApplicationsTransaction_O4_S2_V7(TestDatabase database)
      throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      application.begin(library.dataSource());
      PlacedOrder placed = library.place(3);
      assertThat(library.sendActivationLink(placed.voucher(0), RECIPIENT).isRight()).isTrue();
      assertStored(library, 0, 0, 0, 0); // another connection: nothing committed yet

      application.commit();

      assertStored(library, 1, 1, 3, 1);
      assertThat(library.storage().vouchers().order(placed.order().id())).isPresent();
      assertThat(library.storage().vouchers().voucher(placed.voucher(0)).orElseThrow().status())
          .isEqualTo(VoucherStatus.ASSIGNED);
      assertThat(application.joins()).isPositive().isEqualTo(application.releases());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void activationLinkSentInTheApplicationsTransactionIsDeliverableOnlyAfterItCommits_S2_V7(
      TestDatabase database) throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      PlacedOrder placed = library.place(2); // committed on its own: no transaction is open
      application.begin(library.dataSource());
      assertThat(library.sendActivationLink(placed.voucher(1), RECIPIENT).isRight()).isTrue();

      // the relay reads from another connection: the row is not there before the commit
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox")).isZero();
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_vouchers WHERE status = 'ASSIGNED'"))
          .isZero();
      assertThat(library.storage().outbox().backlog()).isEqualTo(1); // joined: its own row

      application.commit();

      assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox")).isEqualTo(1);
      assertThat(library.storage().outbox().claim(10, library.programme().clock().instant(),
          Duration.ofMinutes(1)))
          .extracting(entry -> entry.message().voucher()).containsExactly(placed.voucher(1));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void codeClashInTheApplicationsTransactionIsRedrawnAndTheTransactionCommits_C1_O4(
      TestDatabase database) throws SQLException {
    RepeatingCodes codes = new RepeatingCodes();
    try (ProgrammeOverJdbc library =
        ProgrammeOverJdbc.joining(database, application, codes)) {
      int codeBytes = (library.programme().settings().codeFormat().randomBits() + 7) / 8;
      codes.repeatNext(codeBytes);
      PlacedOrder first = library.place(1); // committed on its own, with the repeated code
      application.begin(library.dataSource());
      codes.repeatNext(codeBytes);
      long inserts = library.orderInserts();

      PlacedOrder second = library.place(1);

      // the first insert clashed (C-1) and was taken back to a savepoint; the second stored
      assertThat(codes.repeated()).isEqualTo(2);
      assertThat(library.orderInserts() - inserts).isEqualTo(2);
      assertThat(second.codes().get(0)).isNotEqualTo(first.codes().get(0));
      // the application's transaction is usable: it goes on writing, and commits
      assertThat(library.sendActivationLink(second.voucher(0), RECIPIENT).isRight()).isTrue();
      application.commit();

      assertStored(library, 2, 2, 2, 1);
      assertThat(ContractData.vouchersOf(library.storage().vouchers(), second.order().id()))
          .hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void codeClashWithAnOrderOfTheSameTransactionIsReportedAndTheTransactionStaysUsable_C1_O4(
      TestDatabase database) throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      Vouchers vouchers = library.storage().vouchers();
      Order first = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0,
          ProgrammeOverJdbc.PRODUCT.value(), 2);
      List<Voucher> firstVouchers = ContractData.vouchersFor(first);
      Order second = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0.plusSeconds(1),
          ProgrammeOverJdbc.PRODUCT.value(), 3);
      List<Voucher> secondVouchers = new ArrayList<>(ContractData.vouchersFor(second));
      CodeDigest taken = firstVouchers.get(1).code().digest();
      secondVouchers.set(2, secondVouchers.get(2).withCode(firstVouchers.get(1).code()));
      application.begin(library.dataSource());

      assertThat(vouchers.insertOrder(first, firstVouchers)).isEmpty();
      // the clashing code is the uncommitted first order's: only this transaction sees it
      assertThat(vouchers.insertOrder(second, secondVouchers)).containsExactly(taken);
      assertThat(vouchers.order(second.id())).isEmpty();
      assertThat(vouchers.order(first.id())).isPresent();
      List<Voucher> redrawn = ContractData.vouchersFor(second);
      assertThat(vouchers.insertOrder(second, redrawn)).isEmpty();
      application.commit();

      assertStored(library, 2, 2, 5, 0);
      assertThat(ContractData.vouchersOf(vouchers, second.id())).isEqualTo(redrawn);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void cancellationThatLostToAMoveTakesBackOnlyItsOwnWrites_V6_V7(TestDatabase database)
      throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      Vouchers vouchers = library.storage().vouchers();
      Order order = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0,
          ProgrammeOverJdbc.PRODUCT.value(), 3);
      assertThat(vouchers.insertOrder(order, ContractData.vouchersFor(order))).isEmpty();
      List<Voucher> read = ContractData.vouchersOf(vouchers, order.id());
      application.begin(library.dataSource());
      Voucher raced = read.get(1);
      assertThat(vouchers.update(new VoucherUpdate(raced,
          raced.withStatus(VoucherStatus.REDEEMED).withVersion(raced.version() + 1),
          Optional.of(ContractData.entry(raced, VoucherStatus.REDEEMED, ContractData.T0)),
          List.of()))).isTrue();

      assertThat(vouchers.cancel(cancellation(order, read, ContractData.T0.plusSeconds(60))))
          .isFalse();

      // the order row and the other vouchers, written before the shortfall, are taken back;
      // the redemption written earlier in the same transaction stays
      assertThat(vouchers.order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
      application.commit();
      assertThat(vouchers.order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
      assertThat(ContractData.vouchersOf(vouchers, order.id())).extracting(Voucher::status)
          .containsExactly(VoucherStatus.VALID, VoucherStatus.REDEEMED, VoucherStatus.VALID);
      assertThat(vouchers.history(read.get(0).id())).isEmpty();
      assertThat(vouchers.history(raced.id())).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "EXTERNAL"})
  void failedStatementInTheApplicationsTransactionIsReportedNotRetriedAndReleased_O4(
      TestDatabase database) throws SQLException {
    try (ProgrammeOverJdbc library = joining(database)) {
      Vouchers vouchers = library.storage().vouchers();
      Order order = ContractData.order(ProgrammeOverJdbc.PARTNER, ContractData.T0,
          ProgrammeOverJdbc.PRODUCT.value(), 1);
      List<Voucher> issued = ContractData.vouchersFor(order);
      Connection connection = application.begin(library.dataSource());
      assertThat(vouchers.insertOrder(order, issued)).isEmpty();

      // the same order again: its primary key, not a code, clashes
      assertThatThrownBy(() -> vouchers.insertOrder(order, issued))
          .isInstanceOf(JdbcStorageException.class)
          .hasMessageContaining("could not store order " + order.id())
          .hasMessageContaining("SQLSTATE 23505")
          .hasMessageContaining("transaction this call joined must be rolled back");
      assertThat(application.joins()).isEqualTo(application.releases());
      assertThat(connection.isClosed()).isFalse();

      application.rollback();
      assertStored(library, 0, 0, 0, 0);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void withoutAnOpenTransactionEveryCallCommitsOnItsOwn_O4_S2(TestDatabase database) {
    try (ProgrammeOverJdbc library = joining(database)) {
      PlacedOrder placed = library.place(3);
      assertStored(library, 1, 1, 3, 0);
      assertThat(library.sendActivationLink(placed.voucher(0), RECIPIENT).isRight()).isTrue();
      assertStored(library, 1, 1, 3, 1);

      assertThat(application.asked()).isPositive();
      assertThat(application.joins()).isZero();
      assertThat(application.releases()).isZero();
    }
  }

  private ProgrammeOverJdbc joining(TestDatabase database) {
    return ProgrammeOverJdbc.joining(database, application, CodeRandomness.secure());
  }

  /** What another connection sees committed. */
  private static void assertStored(ProgrammeOverJdbc library, long orders, long lines,
      long vouchers, long outbox) {
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_orders")).as("orders")
        .isEqualTo(orders);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_order_lines")).as("order lines")
        .isEqualTo(lines);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_vouchers")).as("vouchers")
        .isEqualTo(vouchers);
    assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox")).as("outbox rows")
        .isEqualTo(outbox);
    // C-1: the code counter commits and rolls back with the order
    assertThat(library.count("SELECT SUM(codes) FROM vouchers_code_count")).as("codes counted")
        .isEqualTo(vouchers);
  }

  private static OrderCancellation cancellation(Order order, List<Voucher> read, Instant at) {
    return new OrderCancellation(order, order.cancelled(at), read.size(),
        new dev.vouchers.core.kernel.Actor.Service("test"), "contract", order.total());
  }

  /**
   * Secure randomness, except that when told, the next draw of one code's worth of bytes is a
   * fixed pattern (ids and secrets are drawn in other sizes): two orders told so clash (C-1).
   */
  private static final class RepeatingCodes implements CodeRandomness {
    private static final byte PATTERN = 0x5a;
    private final CodeRandomness secure = CodeRandomness.secure();
    private final AtomicInteger armedFor = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();

    void repeatNext(int codeBytes) {
      armedFor.set(codeBytes);
    }

    int repeated() {
      return repeated.get();
    }

    @Override
    public void fill(byte[] bytes) {
      if (bytes.length > 0 && armedFor.compareAndSet(bytes.length, 0)) {
        Arrays.fill(bytes, PATTERN);
        repeated.incrementAndGet();
      } else {
        secure.fill(bytes);
      }
    }
  }
}
