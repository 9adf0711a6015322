// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** V-6: cancelling per order, the verdict without trying, refusals with every reason. */
class CancellationTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, CancellationVerdict> check(Actor by, OrderId order) {
    return f.programme.ordering().checkCancellation().check(new CheckCancellation.Command(by,
        order));
  }

  private Either<Refusal, OrderCancellation> cancel(Actor by, OrderId order, String why) {
    return f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(by, order, why));
  }

  private void redeem(VoucherView voucher) {
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))));
  }

  @Test
  void freshOrderMayBeCancelledUntilThirtyDaysAfterPurchase_V6() {
    Order order = f.order(line(SMIME_1Y, 1));
    CancellationVerdict verdict = ok(check(ALICE, order.id()));
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.until()).contains(START.plus(Duration.ofDays(30)));
    assertThat(ok(check(SUPPORT, order.id()))).isEqualTo(verdict);
  }

  @Test
  void cancellingCancelsEveryVoucherAndRefundsTheTotal_V6() {
    Order order = f.order(line(SMIME_1Y, 2), line(SMIME_2Y, 1));
    List<VoucherView> vouchers = f.vouchersOf(order);
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
        vouchers.get(0).id(),
        "jane@customer.example", "")));
    f.advance(Duration.ofDays(30));

    OrderCancellation cancellation = ok(cancel(ALICE, order.id(), "  customer changed mind "));

    assertThat(cancellation.refund()).isEqualTo(Money.of("190.00", "CHF")).isEqualTo(order.total());
    assertThat(cancellation.after().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancellation.after().cancelledAt()).contains(f.clock.instant());
    assertThat(f.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(f.vouchersOf(order)).extracting(VoucherView::status).containsOnly(VoucherStatus.CANCELLED);
    assertThat(f.details(vouchers.get(0).id()).history()).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(VoucherStatus.ASSIGNED);
      assertThat(e.to()).isEqualTo(VoucherStatus.CANCELLED);
      assertThat(e.why()).isEqualTo("customer changed mind");
      assertThat(e.by()).isEqualTo(ALICE.describe());
    });
    assertThat(f.details(vouchers.get(2).id()).history()).singleElement()
        .extracting(HistoryEntry::from).isEqualTo(VoucherStatus.VALID);

    CancellationVerdict after = ok(check(ALICE, order.id()));
    assertThat(after.allowed()).isFalse();
    assertThat(after.until()).isEmpty();
    Refusal again = refused(cancel(ALICE, order.id(), ""));
    assertThat(again.codes()).containsExactly(ReasonCode.ORDER_ALREADY_CANCELLED);
  }

  @Test
  void blankReasonIsRecordedAsOrderCancelled_V6_V2() {
    Order order = f.order(line(SMIME_1Y, 1));
    ok(cancel(ALICE, order.id(), "   "));
    assertThat(f.details(f.vouchersOf(order).get(0).id()).history()).singleElement()
        .extracting(HistoryEntry::why).isEqualTo("order cancelled");
  }

  @Test
  void cancellingAfterThirtyDaysIsRefusedAndChangesNothing_V6() {
    Order order = f.order(line(SMIME_1Y, 2));
    f.advance(Duration.ofDays(30).plusSeconds(1));

    Refusal refusal = refused(cancel(ALICE, order.id(), ""));

    assertThat(refusal.codes()).containsExactly(ReasonCode.CANCELLATION_WINDOW_CLOSED);
    assertThat(f.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(f.vouchersOf(order)).extracting(VoucherView::status).containsOnly(VoucherStatus.VALID);
    CancellationVerdict verdict = ok(check(ALICE, order.id()));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.until()).isEmpty();
    assertThat(verdict.reasons()).isEqualTo(refusal.reasons());
  }

  @Test
  void voucherInUseBlocksCancellationButTheDeadlineStillApplies_V6() {
    Order order = f.order(line(SMIME_1Y, 2));
    VoucherView used = f.vouchersOf(order).get(0);
    ok(f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        CUSTOMER, VoucherRef.code(used.code(), CallerKey.of("test")), "REQ-1", Optional.empty())));

    CancellationVerdict verdict = ok(check(ALICE, order.id()));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.VOUCHER_IN_USE);
    assertThat(verdict.until()).contains(START.plus(Duration.ofDays(30)));
    assertThat(refused(cancel(ALICE, order.id(), "")).codes()).containsExactly(ReasonCode.VOUCHER_IN_USE);
    assertThat(f.view(used.id()).status()).isEqualTo(VoucherStatus.RESERVED);
    assertThat(f.view(f.vouchersOf(order).get(1).id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void onceRedeemedAnOrderCanNeverBeCancelledEvenAfterAReissue_V6() {
    Order order = f.order(line(SMIME_1Y, 1));
    VoucherView voucher = f.vouchersOf(order).get(0);
    ok(f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), "REQ-1", Optional.empty())));
    redeem(voucher);
    ok(f.programme.vouchers().reportCertificateRevoked().report(
        new ReportCertificateRevoked.Command(PLATFORM, voucher.id())));
    assertThat(f.view(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);

    CancellationVerdict verdict = ok(check(ALICE, order.id()));
    assertThat(verdict.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.VOUCHER_WAS_REDEEMED);
    assertThat(verdict.until()).isEmpty();
    assertThat(refused(cancel(ALICE, order.id(), "")).codes()).containsExactly(ReasonCode.VOUCHER_WAS_REDEEMED);
  }

  @Test
  void refusalListsEveryReasonThatApplies_V6() {
    Order order = f.order(line(SMIME_1Y, 2));
    redeem(f.vouchersOf(order).get(0));
    f.advance(Duration.ofDays(31));

    Refusal refusal = refused(cancel(ALICE, order.id(), ""));

    assertThat(refusal.codes()).containsExactlyInAnyOrder(ReasonCode.CANCELLATION_WINDOW_CLOSED,
        ReasonCode.VOUCHER_IN_USE, ReasonCode.VOUCHER_WAS_REDEEMED);
  }

  @Test
  void expiredOrderCannotBeCancelledEvenInsideTheWindow_V6() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withExpiry(
        new ExpiryPolicy(Period.ofDays(10), Optional.empty())));
    Order order = g.order(line(SMIME_1Y, 1));
    assertThat(ok(g.programme.ordering().checkCancellation().check(new CheckCancellation.Command(
        ALICE, order.id())))
        .until()).contains(START.plus(Duration.ofDays(10)).minusNanos(1));
    g.advance(Duration.ofDays(10));

    Refusal refusal = refused(g.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(
        ALICE, order.id(), "")));

    assertThat(refusal.codes()).containsExactly(ReasonCode.ORDER_EXPIRED);
    assertThat(ok(g.programme.ordering().checkCancellation().check(new CheckCancellation.Command(
        ALICE, order.id())))
        .until()).isEmpty();
  }

  @Test
  void cancellationWindowIsConfigurable_V6() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withCancellationWindow(Duration.ofDays(14)));
    Order order = g.order(line(SMIME_1Y, 1));
    assertThat(ok(g.programme.ordering().checkCancellation().check(new CheckCancellation.Command(
        ALICE, order.id())))
        .until()).contains(START.plus(Duration.ofDays(14)));
    g.advance(Duration.ofDays(15));
    assertThat(refused(g.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE,
        order.id(), "")))
        .codes()).containsExactly(ReasonCode.CANCELLATION_WINDOW_CLOSED);
  }

  @Test
  void anotherPartnersOrderIsAnsweredLikeAMissingOrder_A1_V6() {
    Order order = f.order(line(SMIME_1Y, 1));
    OrderId missing = new OrderId("missing");
    assertThat(refused(check(BOB, order.id()))).isEqualTo(refused(check(BOB, missing)))
        .isEqualTo(Refusal.notFound("order"));
    assertThat(refused(cancel(BOB, order.id(), ""))).isEqualTo(refused(cancel(BOB, missing, "")))
        .isEqualTo(Refusal.notFound("order"));
    assertThat(f.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
  }

  @Test
  void lostConditionalCancelIsRetriedOnFreshState_V6_V7() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(s -> scripted[0] = new ScriptedVouchers(s));
    Order order = g.order(line(SMIME_1Y, 1));
    scripted[0].losingCancels.set(g.programme.settings().conflictRetries() - 1);

    ok(g.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE, order.id(), "")));

    assertThat(scripted[0].cancelCalls).hasValue(g.programme.settings().conflictRetries());
    assertThat(g.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void cancelThatKeepsLosingIsRefusedAsConcurrentUpdate_V6_V7() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withConflictRetries(3),
        s -> scripted[0] = new ScriptedVouchers(s));
    Order order = g.order(line(SMIME_1Y, 1));
    scripted[0].losingCancels.set(3);

    Refusal refusal = refused(g.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(
        ALICE, order.id(), "")));

    assertThat(refusal.codes()).containsExactly(ReasonCode.CONCURRENT_UPDATE);
    assertThat(scripted[0].cancelCalls).hasValue(3);
    assertThat(g.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
  }
}
