// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.contract.ContractData;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * V-6 against V-7 through the library over JDBC: the partner cancels an order while a customer
 * redeems one of its codes, at the same instant, again and again with fresh orders. Never do
 * both succeed: a cancelled order has no REDEEMED voucher (and no REDEEMED history row), and an
 * order with a redeemed voucher stays open (the cancellation policy refuses it with
 * VOUCHER_IN_USE and VOUCHER_WAS_REDEEMED). A redemption of a cancelled voucher gets the C-5
 * answer. Nothing leaks an exception.
 */
class CancelVersusRedeemTest {
  private static final Logger LOG = LoggerFactory.getLogger(CancelVersusRedeemTest.class);
  private static final int ROUNDS = 50;
  private static final int VOUCHERS = 4;

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void cancellingAndRedeemingAtOnceNeverBothSucceed_V6_V7(TestDatabase database)
      throws Exception {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      int cancelsWon = 0;
      int redeemsWon = 0;
      for (int round = 0; round < ROUNDS; round++) {
        PlacedOrder order = library.place(VOUCHERS);
        int redeemed = round % VOUCHERS;
        boolean asCustomer = round % 2 == 0;
        AtomicReference<Either<Refusal, OrderCancellation>> cancel = new AtomicReference<>();
        AtomicReference<Either<Refusal, VoucherView>> redeem = new AtomicReference<>();

        RedeemRaceTest.Race race = RedeemRaceTest.race(2, thread -> {
          if (thread == 0) {
            cancel.set(library.cancel(order.order().id()));
          } else {
            redeem.set(library.redeem(order.codes().get(redeemed),
                asCustomer ? library.customer : library.platform));
          }
        });

        assertThat(race.failures()).as("exceptions leaked to callers").isEmpty();
        assertThat(cancel.get().isRight() && redeem.get().isRight())
            .as("round %d: both the cancellation and the redemption succeeded", round).isFalse();
        assertThat(cancel.get().isRight() || redeem.get().isRight())
            .as("round %d: neither succeeded: %s / %s", round, cancel.get(), redeem.get())
            .isTrue();
        List<Voucher> vouchers =
            ContractData.vouchersOf(library.storage().vouchers(), order.order().id());
        OrderStatus status =
            library.storage().vouchers().order(order.order().id()).orElseThrow().status();
        long redeemedRows = library.count("SELECT COUNT(*) FROM vouchers_history h"
            + " JOIN vouchers_vouchers v ON v.id = h.voucher_id"
            + " WHERE h.to_status = 'REDEEMED' AND v.order_id = '" + order.order().id().value()
            + "'");
        if (cancel.get().isRight()) {
          cancelsWon++;
          assertThat(status).isEqualTo(OrderStatus.CANCELLED);
          assertThat(vouchers).extracting(Voucher::status).containsOnly(VoucherStatus.CANCELLED);
          assertThat(vouchers).noneMatch(Voucher::everRedeemed);
          assertThat(redeemedRows).isZero();
          // C-5: the cancelled code answers like an unknown one
          assertThat(redeem.get().getLeft().codes()).containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
        } else {
          redeemsWon++;
          assertThat(status).isEqualTo(OrderStatus.OPEN);
          assertThat(vouchers.get(redeemed).status()).isEqualTo(VoucherStatus.REDEEMED);
          assertThat(vouchers).extracting(Voucher::status)
              .containsOnly(VoucherStatus.VALID, VoucherStatus.REDEEMED)
              .filteredOn(s -> s == VoucherStatus.REDEEMED).hasSize(1);
          assertThat(redeemedRows).isEqualTo(1);
          assertThat(cancel.get().getLeft().codes())
              .contains(ReasonCode.VOUCHER_IN_USE, ReasonCode.VOUCHER_WAS_REDEEMED);
        }
      }
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_history WHERE to_status ="
          + " 'CANCELLED'")).isEqualTo((long) cancelsWon * VOUCHERS);
      LOG.info("{}: {} rounds of cancel against redeem: cancellation won {}, redemption won {};"
          + " {} conditional writes lost to a concurrent writer", database, ROUNDS, cancelsWon,
          redeemsWon, library.lostWrites());
    }
  }
}
