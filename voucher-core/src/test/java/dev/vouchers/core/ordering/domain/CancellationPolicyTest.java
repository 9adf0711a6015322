// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.DAYS_30;
import static dev.vouchers.core.fixtures.DomainFixtures.NANO;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.line;
import static dev.vouchers.core.fixtures.DomainFixtures.order;
import static dev.vouchers.core.fixtures.DomainFixtures.sslConfig;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static dev.vouchers.core.fixtures.DomainFixtures.voucherBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {
  private static final CancellationPolicy POLICY =
      new CancellationPolicy(DAYS_30, ExpiryPolicy.defaults());
  private static final Instant NOW = T0.plus(Duration.ofDays(3));
  private static final Order ORDER = order(T0, line(1, sslConfig(), 2, Money.ofMinor("CHF", 4990)),
      line(2, sslConfig(), 1, Money.ofMinor("CHF", 1000)));

  /** The tally of vouchers in these statuses, as a store gives it at {@link #NOW}. */
  private static OrderTally vouchers(VoucherStatus... statuses) {
    java.util.ArrayList<Voucher> list = new java.util.ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      list.add(voucherBuilder(VoucherId.of("v-" + i), statuses[i]).build());
    }
    return OrderTally.of(list, NOW);
  }

  private static OrderTally tally(List<Voucher> vouchers) {
    return OrderTally.of(vouchers, NOW);
  }

  private static final OrderTally UNUSED =
      vouchers(VoucherStatus.VALID, VoucherStatus.ASSIGNED, VoucherStatus.VALID);

  @Test
  void allowsAnUnusedRecentOrderUntilTheWindowEnds_V6() {
    CancellationVerdict verdict = POLICY.evaluate(ORDER, UNUSED, NOW);
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.until()).contains(T0.plus(DAYS_30));
    assertThat(POLICY.deadline(ORDER)).isEqualTo(T0.plus(DAYS_30));
  }

  @Test
  void allowsCancellationAtExactlyThirtyDays_V6() {
    assertThat(POLICY.evaluate(ORDER, UNUSED, T0.plus(DAYS_30)).allowed()).isTrue();
    assertThat(POLICY.cancel(ORDER, UNUSED, ACME_ADMIN, T0.plus(DAYS_30), "x").isRight()).isTrue();
  }

  @Test
  void refusesCancellationAfterThirtyDays_V6() {
    Instant late = T0.plus(DAYS_30).plus(NANO);
    CancellationVerdict verdict = POLICY.evaluate(ORDER, UNUSED, late);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.CANCELLATION_WINDOW_CLOSED);
    assertThat(verdict.reasons().get(0).message()).contains("30 days")
        .contains(T0.plus(DAYS_30).toString());
    assertThat(verdict.until()).isEmpty();
  }

  @Test
  void refusesWhileAVoucherIsInUse_V6() {
    for (VoucherStatus inUse : List.of(VoucherStatus.PENDING, VoucherStatus.RESERVED)) {
      CancellationVerdict verdict =
          POLICY.evaluate(ORDER, vouchers(VoucherStatus.VALID, inUse, inUse), NOW);
      assertThat(verdict.allowed()).isFalse();
      assertThat(verdict.reasons()).extracting(Reason::code)
          .containsExactly(ReasonCode.VOUCHER_IN_USE);
      assertThat(verdict.reasons().get(0).message()).startsWith("2 voucher(s)");
    }
  }

  @Test
  void refusesWhenAVoucherIsRedeemed_V6() {
    OrderTally redeemed = tally(List.of(voucherBuilder(VoucherStatus.REDEEMED).everRedeemed(true)
        .build()));
    CancellationVerdict verdict = POLICY.evaluate(ORDER, redeemed, NOW);
    assertThat(verdict.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.VOUCHER_IN_USE, ReasonCode.VOUCHER_WAS_REDEEMED);
    assertThat(verdict.until()).isEmpty();
  }

  @Test
  void refusesWhenAVoucherWasEverRedeemedEvenIfReissued_V6() {
    OrderTally reissued = tally(List.of(voucher(VoucherStatus.VALID),
        voucherBuilder(VoucherId.of("v-9"), VoucherStatus.VALID).everRedeemed(true).build()));
    CancellationVerdict verdict = POLICY.evaluate(ORDER, reissued, NOW);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.VOUCHER_WAS_REDEEMED);
    assertThat(verdict.reasons().get(0).message()).startsWith("1 voucher(s)");
    // redemption can never be undone: no "until"
    assertThat(verdict.until()).isEmpty();
  }

  @Test
  void inUseButNeverRedeemedKeepsTheDeadline_V6() {
    CancellationVerdict verdict = POLICY.evaluate(ORDER, vouchers(VoucherStatus.RESERVED), NOW);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.until()).contains(T0.plus(DAYS_30));
  }

  @Test
  void refusesWhenTheVouchersHaveExpired_V6() {
    // a programme whose vouchers are valid for 10 days only
    CancellationPolicy shortLived = new CancellationPolicy(DAYS_30,
        new ExpiryPolicy(Period.ofDays(10), Optional.empty()));
    Instant expiry = T0.plus(Duration.ofDays(10));
    assertThat(shortLived.evaluate(ORDER, UNUSED, expiry.minus(NANO)).allowed()).isTrue();
    CancellationVerdict verdict = shortLived.evaluate(ORDER, UNUSED, expiry);
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly(ReasonCode.ORDER_EXPIRED);
    assertThat(verdict.reasons().get(0).message()).contains(expiry.toString());
    assertThat(verdict.until()).isEmpty();
  }

  @Test
  void deadlineIsTheLastInstantBeforeExpiryWhenExpiryComesFirst_V6() {
    CancellationPolicy shortLived = new CancellationPolicy(DAYS_30,
        new ExpiryPolicy(Period.ofDays(10), Optional.empty()));
    Instant lastInstant = T0.plus(Duration.ofDays(10)).minus(NANO);
    assertThat(shortLived.deadline(ORDER)).isEqualTo(lastInstant);
    assertThat(shortLived.evaluate(ORDER, UNUSED, NOW).until()).contains(lastInstant);
    // expiry exactly at the window end: the window end is not before the expiry
    CancellationPolicy same = new CancellationPolicy(Duration.ofDays(10),
        new ExpiryPolicy(Period.ofDays(10), Optional.empty()));
    assertThat(same.deadline(ORDER)).isEqualTo(lastInstant);
  }

  @Test
  void refusesAnOrderAlreadyCancelled_V6() {
    Order cancelled = ORDER.cancelled(T0.plusSeconds(10));
    CancellationVerdict verdict = POLICY.evaluate(cancelled, vouchers(VoucherStatus.CANCELLED), NOW);
    assertThat(verdict.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.ORDER_ALREADY_CANCELLED);
    assertThat(verdict.reasons().get(0).message()).contains("already cancelled");
    assertThat(verdict.until()).isEmpty();
  }

  @Test
  void listsEveryReasonThatApplies_V6() {
    Order cancelled = ORDER.cancelled(T0.plusSeconds(10));
    OrderTally used = tally(List.of(voucherBuilder(VoucherStatus.REDEEMED).everRedeemed(true)
        .build()));
    Instant muchLater = T0.plus(Duration.ofDays(400));
    CancellationVerdict verdict = POLICY.evaluate(cancelled, used, muchLater);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactlyInAnyOrder(
        ReasonCode.ORDER_ALREADY_CANCELLED, ReasonCode.CANCELLATION_WINDOW_CLOSED,
        ReasonCode.ORDER_EXPIRED, ReasonCode.VOUCHER_IN_USE, ReasonCode.VOUCHER_WAS_REDEEMED);
    Refusal refusal = POLICY.cancel(cancelled, used, ACME_ADMIN, muchLater, "x").getLeft();
    assertThat(refusal.reasons()).isEqualTo(verdict.reasons());
  }

  @Test
  void cancelsEveryVoucherAndRefundsTheTotal_V6() {
    Instant at = NOW;
    OrderCancellation result =
        POLICY.cancel(ORDER, UNUSED, ACME_ADMIN, at, "customer withdrew").get();

    assertThat(result.before()).isSameAs(ORDER);
    assertThat(result.after().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(result.after().cancelledAt()).contains(at);
    assertThat(result.after().version()).isEqualTo(ORDER.version() + 1);
    assertThat(result.refund()).isEqualTo(Money.ofMinor("CHF", 2 * 4990 + 1000));
    assertThat(result.refund()).isEqualTo(ORDER.total());
    assertThat(result.vouchers()).isEqualTo(3);
    assertThat(result.at()).isEqualTo(at);
    // what a store writes for each voucher, where it is stored
    for (VoucherStatus status : OrderCancellation.from()) {
      Voucher voucher = voucherBuilder(VoucherId.of("v-" + status), status).build();
      VoucherMove move = result.move(voucher).get();
      assertThat(move.before()).isSameAs(voucher);
      assertThat(move.after()).isEqualTo(voucher.withStatus(VoucherStatus.CANCELLED)
          .withVersion(voucher.version() + 1));
      assertThat(move.entry()).isEqualTo(new HistoryEntry(voucher.id(), status,
          VoucherStatus.CANCELLED, at, ACME_ADMIN.describe(), "customer withdrew",
          java.util.Map.of()));
    }
    assertThat(result.move(voucherBuilder(VoucherStatus.REDEEMED).build()).isLeft()).isTrue();
  }

  @Test
  void vouchersAreCancelledFromValidAndAssignedOnly_V1_V6() {
    assertThat(OrderCancellation.from())
        .containsExactlyInAnyOrder(VoucherStatus.VALID, VoucherStatus.ASSIGNED);
  }

  @Test
  void refusesWhenAVoucherIsDueEvenBeforeTheSweep_V6_V4() {
    // a reissued voucher may outlive the order's expiry; one seen EXPIRED now is enough
    Voucher due = voucherBuilder(VoucherId.of("v-due"), VoucherStatus.VALID).build()
        .withExpiresAt(NOW.minusSeconds(1));
    OrderTally tally = tally(List.of(voucher(VoucherStatus.VALID), due));
    assertThat(tally.count(VoucherStatus.EXPIRED)).isEqualTo(1);

    CancellationVerdict verdict = POLICY.evaluate(ORDER, tally, NOW);
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly(ReasonCode.ORDER_EXPIRED);
    assertThat(verdict.reasons().get(0).message()).startsWith("1 voucher(s)");
  }

  @Test
  void refusesWhenAVoucherOfAnOpenOrderIsCancelledAlready_V6() {
    CancellationVerdict verdict = POLICY.evaluate(ORDER,
        vouchers(VoucherStatus.VALID, VoucherStatus.CANCELLED), NOW);
    assertThat(verdict.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.ORDER_ALREADY_CANCELLED);
    assertThat(verdict.reasons().get(0).message()).startsWith("1 voucher(s)");
  }

  @Test
  void refusedCancellationChangesNothing_V6_V3() {
    Either<Refusal, OrderCancellation> result = POLICY.cancel(ORDER,
        vouchers(VoucherStatus.VALID, VoucherStatus.RESERVED), ACME_ADMIN, NOW, "x");
    assertThat(result.getLeft().codes()).containsExactly(ReasonCode.VOUCHER_IN_USE);
    assertThat(ORDER.status()).isEqualTo(OrderStatus.OPEN);
  }

  @Test
  void aVoucherThatCannotMoveStopsTheWholeCancellation_V6_V3() {
    // an EXPIRED voucher in an unexpired order: refused, never half-cancelled
    Either<Refusal, OrderCancellation> result = POLICY.cancel(ORDER,
        vouchers(VoucherStatus.VALID, VoucherStatus.EXPIRED), ACME_ADMIN, NOW, "x");
    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().codes()).containsExactly(ReasonCode.ORDER_EXPIRED);
  }

  @Test
  void aTallyCountsStatusesAsSeenAtItsInstantAndKeepsNoEmptyOnes_V4() {
    Voucher valid = voucher(VoucherStatus.VALID);
    OrderTally atExpiry = OrderTally.of(List.of(valid), valid.expiresAt());
    assertThat(atExpiry.counts()).isEqualTo(java.util.Map.of(VoucherStatus.EXPIRED, 1L));
    assertThat(OrderTally.seenAs(VoucherStatus.ASSIGNED, true)).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(OrderTally.seenAs(VoucherStatus.RESERVED, true)).isEqualTo(VoucherStatus.RESERVED);
    assertThat(new OrderTally(java.util.Map.of(VoucherStatus.VALID, 0L), 0, NOW).counts())
        .isEmpty();
    assertThatThrownBy(() -> new OrderTally(java.util.Map.of(VoucherStatus.VALID, -1L), 0, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(OrderTally.empty(NOW).total()).isZero();
  }

  @Test
  void windowIsConfigurableAndMustBePositive_V6() {
    CancellationPolicy week = new CancellationPolicy(Duration.ofDays(7), ExpiryPolicy.defaults());
    assertThat(week.evaluate(ORDER, UNUSED, T0.plus(Duration.ofDays(7))).allowed()).isTrue();
    assertThat(week.evaluate(ORDER, UNUSED, T0.plus(Duration.ofDays(7)).plus(NANO)).reasons())
        .extracting(Reason::message).singleElement().asString().contains("7 days");
    assertThatThrownBy(() -> new CancellationPolicy(Duration.ZERO, ExpiryPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CancellationPolicy(Duration.ofDays(-1), ExpiryPolicy.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdictGivesReasonsExactlyWhenRefused_V6() {
    Reason reason = Reason.of(ReasonCode.ORDER_EXPIRED, "x");
    assertThatThrownBy(() -> new CancellationVerdict(true, Optional.empty(), List.of(reason)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CancellationVerdict(false, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CancellationVerdict(false, Optional.empty(), List.of(reason)).reasons())
        .containsExactly(reason);
    assertThat(new CancellationVerdict(true, Optional.of(T0), List.of()).until()).contains(T0);
  }
}
