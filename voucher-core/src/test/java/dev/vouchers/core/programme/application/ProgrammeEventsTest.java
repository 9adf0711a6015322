// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeEvent.OrderCancelled;
import dev.vouchers.core.programme.domain.ProgrammeEvent.OrderPlaced;
import dev.vouchers.core.programme.domain.ProgrammeEvent.Refused;
import dev.vouchers.core.programme.domain.ProgrammeEvent.VoucherMoved;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the programme tells {@link ProgrammeEvents}: only changes the store accepted. */
class ProgrammeEventsTest {

  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private ScriptedVouchers scripted;
  private final ProgrammeFixture f = ProgrammeFixture.withEvents(events::add,
      store -> scripted = new ScriptedVouchers(store));

  private Either<Refusal, VoucherView> send(VoucherId id) {
    return f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ALICE, id, "jane@customer.example", "Hello"));
  }

  private Either<Refusal, VoucherView> redeemByCode(String code) {
    return f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(code, CallerKey.of("test"))));
  }

  /** The events published since the last call. */
  private List<ProgrammeEvent> drain() {
    List<ProgrammeEvent> published = List.copyOf(events);
    events.clear();
    return published;
  }

  private static VoucherMoved moved(VoucherId id, VoucherStatus from, VoucherStatus to, Instant at) {
    return new VoucherMoved(id, ACME, from, to, at);
  }

  @Test
  void placingAnOrderPublishesOrderPlacedWithItsVoucherCount_O4() {
    f.advance(Duration.ofMinutes(5));
    Order order = f.order(line(SMIME_1Y, 3), line(SMIME_2Y, 2));

    assertThat(drain()).containsExactly(
        new OrderPlaced(order.id(), ACME, 5, START.plus(Duration.ofMinutes(5))));
  }

  @Test
  void sendingTheActivationLinkPublishesTheMoveFromValidToAssigned_S2_V1() {
    VoucherView voucher = f.single(SMIME_1Y);
    drain();
    f.advance(Duration.ofHours(1));

    ok(send(voucher.id()));

    assertThat(drain()).containsExactly(
        moved(voucher.id(), VoucherStatus.VALID, VoucherStatus.ASSIGNED, f.clock.instant()));
  }

  @Test
  void aMoveRetriedAfterLosingToAConcurrentWriterIsPublishedOnceForTheWrittenAttempt_V7() {
    VoucherView voucher = f.single(SMIME_1Y);
    drain();
    scripted.losingUpdates.set(1);

    ok(send(voucher.id()));

    assertThat(scripted.updateCalls).hasValue(2);
    assertThat(drain()).containsExactly(
        moved(voucher.id(), VoucherStatus.VALID, VoucherStatus.ASSIGNED, f.clock.instant()));
  }

  @Test
  void redeemingByCodePublishesExactlyOneMoveToRedeemed_V1_V7() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(send(voucher.id()));
    drain();
    f.advance(Duration.ofDays(3));

    ok(redeemByCode(voucher.code()));

    assertThat(drain()).containsExactly(
        moved(voucher.id(), VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED, f.clock.instant()));
  }

  @Test
  void aRedemptionWhoseOneStepWriteLostIsPublishedOnceByTheRetry_V7() {
    VoucherView voucher = f.single(SMIME_1Y);
    drain();
    scripted.losingUpdates.set(1); // the one-step redemption loses, the read-and-decide wins

    ok(redeemByCode(voucher.code()));

    assertThat(drain()).containsExactly(
        moved(voucher.id(), VoucherStatus.VALID, VoucherStatus.REDEEMED, f.clock.instant()));
  }

  @Test
  void aSecondRedemptionPublishesItsRefusalAndNoMove_V1_V3() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(redeemByCode(voucher.code()));
    drain();

    Refusal refusal = refused(redeemByCode(voucher.code()));

    assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(drain()).containsExactly(new Refused("MarkRedeemed", refusal, f.clock.instant()));
  }

  @Test
  void aRefusedCancellationIsPublishedWithEveryReason_V6_V3() {
    Order order = f.order(line(SMIME_1Y, 2));
    ok(redeemByCode(f.vouchersOf(order).get(0).code()));
    f.advance(Duration.ofDays(31));
    drain();

    Refusal refusal = refused(f.programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(ALICE, order.id(), "")));

    assertThat(refusal.codes()).contains(ReasonCode.CANCELLATION_WINDOW_CLOSED,
        ReasonCode.VOUCHER_IN_USE);
    assertThat(drain()).singleElement().isInstanceOfSatisfying(Refused.class, r -> {
      assertThat(r.useCase()).isEqualTo("CancelOrder");
      assertThat(r.refusal().codes()).isEqualTo(refusal.codes());
    });
  }

  @Test
  void cancellingAnOrderPublishesOneOrderCancelledForAllItsVouchers_V6_L2() {
    Order order = f.order(line(SMIME_1Y, 2));
    f.advance(Duration.ofDays(2));
    drain();

    ok(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE, order.id(), "")));

    // one event stands for every voucher's move (L-2: no event per voucher of a large order)
    assertThat(drain()).containsExactly(
        new OrderCancelled(order.id(), ACME, 2, f.clock.instant()));
  }

  @Test
  void theExpirySweepPublishesOneMoveToExpiredPerVoucherItExpired_V4() {
    Order order = f.order(line(SMIME_1Y, 3));
    List<VoucherView> vouchers = f.vouchersOf(order);
    ok(send(vouchers.get(1).id()));
    ok(redeemByCode(vouchers.get(2).code())); // in use: does not expire
    drain();
    f.clock.set(vouchers.get(0).expiresAt().plusSeconds(1));

    int expired = ok(f.programme.vouchers().expireDueVouchers().expire(
        new ExpireDueVouchers.Command(PLATFORM, 100)));

    Instant now = f.clock.instant();
    assertThat(expired).isEqualTo(2);
    assertThat(drain()).containsExactlyInAnyOrder(
        moved(vouchers.get(0).id(), VoucherStatus.VALID, VoucherStatus.EXPIRED, now),
        moved(vouchers.get(1).id(), VoucherStatus.ASSIGNED, VoucherStatus.EXPIRED, now));
  }

  @Test
  void aSweepMoveLostToAConcurrentWriterIsNotPublished_V4_V7() {
    List<VoucherView> vouchers = f.vouchersOf(f.order(line(SMIME_1Y, 2)));
    drain();
    f.clock.set(vouchers.get(0).expiresAt());
    scripted.beforeNextSweep.set(() -> scripted.reserveBehindTheServicesBack(vouchers.get(0).id()));

    assertThat(ok(f.programme.vouchers().expireDueVouchers().expire(
        new ExpireDueVouchers.Command(PLATFORM, 10)))).isEqualTo(1);

    assertThat(drain()).singleElement().isInstanceOfSatisfying(VoucherMoved.class, m -> {
      assertThat(m.to()).isEqualTo(VoucherStatus.EXPIRED);
      assertThat(m.voucher()).isEqualTo(vouchers.get(1).id());
    });
  }

  @Test
  void aCommentWritesNoHistoryEntryAndPublishesNoMove_V8_V2() {
    VoucherView voucher = f.single(SMIME_1Y);
    drain();

    ok(f.programme.vouchers().commentOnVoucher().comment(
        new CommentOnVoucher.Command(ALICE, voucher.id(), "for the front desk")));

    assertThat(drain()).isEmpty();
  }

  @Test
  void readsPublishNothingEvenWhenRefused_A1() {
    Order order = f.order(line(SMIME_1Y, 1));
    drain();

    refused(f.programme.ordering().getOrder().get(new GetOrder.Command(BOB, order.id())));

    assertThat(drain()).isEmpty();
  }

  @Test
  void aThrowingListenerNeverFailsADoneChange_S2_O4() {
    AtomicInteger told = new AtomicInteger();
    ProgrammeEvents failing = event -> {
      told.incrementAndGet();
      throw new IllegalStateException("listener down");
    };
    ProgrammeFixture g = ProgrammeFixture.withEvents(failing, store -> store);

    VoucherView voucher = g.single(SMIME_1Y);
    VoucherView sent = ok(g.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ALICE, voucher.id(), "jane@customer.example", "")));

    assertThat(told).hasValue(2);
    assertThat(sent.status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(g.stored(voucher.id()).status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(g.store.outbox().backlog()).isEqualTo(1);
  }
}
