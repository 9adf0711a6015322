// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.Concurrently;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** V-7: concurrent moves on one voucher are serialised; lost conditional writes are retried. */
class ConcurrencyTest {

  private static final int RACERS = 64;

  @Test
  void ofSixtyFourRacingRedemptionsOfOneCodeExactlyOneWins_V7() throws Exception {
    ProgrammeFixture f = ProgrammeFixture.create();
    VoucherView voucher = f.single(SMIME_1Y);
    List<Callable<Either<Refusal, VoucherView>>> tasks = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Actor racer = new Actor.CodeHolder("racer-" + i);
      tasks.add(() -> f.programme.vouchers().markRedeemed().redeem(
          new MarkRedeemed.Command(racer, VoucherRef.code(voucher.code(), CallerKey.of("test")))));
    }

    List<Either<Refusal, VoucherView>> results = Concurrently.call(tasks);

    assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(1);
    assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft).toList())
        .hasSize(RACERS - 1)
        .allSatisfy(r -> assertThat(r.reasons()).containsExactly(Reason.of(
            ReasonCode.MOVE_NOT_ALLOWED, "a REDEEMED voucher cannot become REDEEMED")));
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(f.details(voucher.id()).history()).singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(VoucherStatus.REDEEMED));
  }

  @Test
  void cancellationAndRedemptionRacingOnOneOrderNeverBothSucceed_V6_V7() throws Exception {
    ProgrammeFixture f = ProgrammeFixture.create();
    for (int round = 0; round < 200; round++) {
      Order order = f.order(line(SMIME_1Y, 1));
      VoucherView voucher = f.vouchersOf(order).get(0);
      List<Callable<Either<Refusal, ?>>> tasks = List.of(
          () -> f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE,
              order.id(), "")),
          () -> f.programme.vouchers().markRedeemed().redeem(
              new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")))));

      List<Either<Refusal, ?>> results = Concurrently.call(tasks);

      boolean cancelled = results.get(0).isRight();
      boolean redeemed = results.get(1).isRight();
      assertThat(cancelled && redeemed).as("round %d: both won", round).isFalse();
      assertThat(cancelled || redeemed).as("round %d: both lost", round).isTrue();
      Voucher stored = f.stored(voucher.id());
      OrderStatus orderStatus = f.store.vouchers().order(order.id()).orElseThrow().status();
      if (cancelled) {
        assertThat(stored.status()).isEqualTo(VoucherStatus.CANCELLED);
        assertThat(orderStatus).isEqualTo(OrderStatus.CANCELLED);
        assertThat(((OrderCancellation) results.get(0).get()).refund()).isEqualTo(order.total());
      } else {
        assertThat(stored.status()).isEqualTo(VoucherStatus.REDEEMED);
        assertThat(orderStatus).isEqualTo(OrderStatus.OPEN);
        assertThat(results.get(0).getLeft().codes()).contains(ReasonCode.VOUCHER_IN_USE);
      }
    }
  }

  @Test
  void losingRedemptionIsRefusedCleanlyOnTheStateThatWon_V7() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture f = ProgrammeFixture.withVouchers(s -> scripted[0] = new ScriptedVouchers(s));
    VoucherView voucher = f.single(SMIME_1Y);
    Actor winner = new Actor.CodeHolder("winner");
    scripted[0].beforeNextUpdate.set(() -> ok(f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(winner, VoucherRef.code(voucher.code(), CallerKey.of("test"))))));

    Refusal refusal = refused(f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")))));

    assertThat(refusal.reasons()).containsExactly(Reason.of(ReasonCode.MOVE_NOT_ALLOWED,
        "a REDEEMED voucher cannot become REDEEMED"));
    assertThat(f.details(voucher.id()).history()).singleElement()
        .satisfies(e -> assertThat(e.by()).isEqualTo(winner.describe()));
  }

  @Test
  void lostConditionalWriteIsRetriedUpToTheConfiguredTimes_V7() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture f = ProgrammeFixture.create(s -> s.withConflictRetries(3),
        s -> scripted[0] = new ScriptedVouchers(s));
    VoucherView voucher = f.single(SMIME_1Y);
    scripted[0].losingUpdates.set(2);

    VoucherView redeemed = ok(f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")))));

    assertThat(redeemed.status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(scripted[0].updateCalls).hasValue(3);
    assertThat(f.details(voucher.id()).history()).hasSize(1);
  }

  @Test
  void moveThatKeepsLosingIsRefusedAsConcurrentUpdateAndWritesNothing_V7_V3() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture f = ProgrammeFixture.create(s -> s.withConflictRetries(3),
        s -> scripted[0] = new ScriptedVouchers(s));
    VoucherView voucher = f.single(SMIME_1Y);
    Voucher before = f.stored(voucher.id());
    Refusal concurrent = Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the voucher kept changing under concurrent updates; try again");

    scripted[0].losingUpdates.set(3);
    assertThat(refused(f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")))))).isEqualTo(concurrent);
    assertThat(scripted[0].updateCalls).hasValue(3);

    scripted[0].losingUpdates.set(3);
    assertThat(refused(f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(
        ALICE, voucher.id(), "jane@customer.example", "hi")))).isEqualTo(concurrent);
    assertThat(f.store.outbox().backlog()).isZero();

    scripted[0].losingUpdates.set(3);
    assertThat(refused(f.programme.vouchers().commentOnVoucher().comment(
        new CommentOnVoucher.Command(ALICE, voucher.id(), "note")))).isEqualTo(concurrent);

    assertThat(f.stored(voucher.id())).isEqualTo(before);
    assertThat(f.details(voucher.id()).history()).isEmpty();
  }
}
