// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import dev.vouchers.testkit.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Part of the contract of the {@link dev.vouchers.core.ordering.port.out.Vouchers} port
 * ({@link VouchersContract} runs every part): an order cancelled as a whole or not at all, and
 * its tally (V-6, V-4, O-3, L-2).
 */
public abstract class OrderCancellationContract extends VoucherMovesContract {
  @Test
  void aCancellationMovesEveryVoucherOfTheOrderWithItsHistory_V6_V2() {
    Order order = stored(A, T0, "ssl-dv", 3);
    List<Voucher> read = vouchersOf(order.id());
    Voucher sent = read.get(1);
    assertThat(vouchers.update(new VoucherUpdate(sent, sent.withStatus(VoucherStatus.ASSIGNED)
        .withVersion(1), Optional.of(entry(sent, VoucherStatus.ASSIGNED, T0)), List.of())))
        .isTrue();
    List<Voucher> current = vouchersOf(order.id());
    Instant at = T0.plusSeconds(60);
    OrderCancellation cancellation = cancellation(order, 3, at);

    assertThat(vouchers.cancel(cancellation)).isTrue();
    assertThat(vouchers.order(order.id())).contains(cancellation.after());
    List<Voucher> after = vouchersOf(order.id());
    for (int i = 0; i < current.size(); i++) {
      VoucherMove move = cancellation.move(current.get(i)).get();
      assertThat(after.get(i)).isEqualTo(move.after());
      assertThat(vouchers.history(move.after().id())).last().isEqualTo(move.entry());
    }
    assertThat(vouchers.history(sent.id())).extracting(HistoryEntry::from)
        .containsExactly(VoucherStatus.VALID, VoucherStatus.ASSIGNED);
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.CANCELLED, 3L));
  }

  @Test
  void aCancellationWithOneVoucherChangedMeanwhileWritesNothing_V6_V7() {
    Order order = stored(A, T0, "ssl-dv", 3);
    List<Voucher> read = vouchersOf(order.id());
    Voucher raced = read.get(1);
    assertThat(vouchers.update(new VoucherUpdate(raced,
        raced.withStatus(VoucherStatus.REDEEMED).withVersion(raced.version() + 1),
        Optional.of(entry(raced, VoucherStatus.REDEEMED, T0)), List.of()))).isTrue();

    assertThat(vouchers.cancel(cancellation(order, 3, T0.plusSeconds(60)))).isFalse();
    assertThat(vouchers.order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(vouchersOf(order.id())).extracting(Voucher::status)
        .containsExactly(VoucherStatus.VALID, VoucherStatus.REDEEMED, VoucherStatus.VALID);
    assertThat(vouchers.history(read.get(0).id())).isEmpty();
    assertThat(vouchers.history(read.get(2).id())).isEmpty();
  }

  @Test
  void aCancellationOnceAVoucherIsDueWritesNothing_V6_V4() {
    Order order = stored(A, T0, "ssl-dv", 2);
    Voucher first = vouchersOf(order.id()).get(0);

    assertThat(vouchers.cancel(cancellation(order, 2, first.expiresAt()))).isFalse();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchers.history(first.id())).isEmpty();
  }

  @Test
  void aSecondCancellationOfTheSameReadWritesNothing_V6() {
    Order order = stored(A, T0, "ssl-dv", 2);
    List<Voucher> read = vouchersOf(order.id());
    OrderCancellation cancellation = cancellation(order, 2, T0.plusSeconds(60));
    assertThat(vouchers.cancel(cancellation)).isTrue();
    assertThat(vouchers.cancel(cancellation)).isFalse();
    assertThat(vouchers.history(read.get(0).id())).hasSize(1);
  }

  @Test
  void talliesAnOrdersVouchersPerStatusAsSeenAtThatInstant_V6_V4_O3() {
    Order order = stored(A, T0, "ssl-dv", 6);
    stored(A, T0, "ssl-dv", 4); // another order's vouchers are not counted
    List<Voucher> read = vouchersOf(order.id());
    Voucher later = read.get(0).withExpiresAt(T0.plus(Duration.ofDays(500))).withVersion(1);
    Voucher sent = read.get(1).withStatus(VoucherStatus.ASSIGNED).withVersion(1);
    Voucher reserved = read.get(2).withStatus(VoucherStatus.RESERVED).withVersion(1);
    Voucher redeemed = read.get(3).withStatus(VoucherStatus.REDEEMED).withEverRedeemed(true)
        .withVersion(1);
    Voucher reissued = read.get(4).withEverRedeemed(true).withVersion(1);
    for (Voucher after : List.of(later, sent, reserved, redeemed, reissued)) {
      Voucher before = read.stream().filter(v -> v.id().equals(after.id())).findFirst()
          .orElseThrow();
      assertThat(vouchers.update(VoucherUpdate.quiet(before, after))).isTrue();
    }

    OrderTally fresh = vouchers.tally(order.id(), T0.plusSeconds(1));
    assertThat(fresh.counts()).isEqualTo(java.util.Map.of(VoucherStatus.VALID, 3L,
        VoucherStatus.ASSIGNED, 1L, VoucherStatus.RESERVED, 1L, VoucherStatus.REDEEMED, 1L));
    assertThat(fresh.everRedeemed()).isEqualTo(2);
    assertThat(fresh.total()).isEqualTo(6);

    // V-4: at the expiry instant a VALID or ASSIGNED voucher is seen EXPIRED, unless extended
    OrderTally due = vouchers.tally(order.id(), read.get(5).expiresAt());
    assertThat(due.counts()).isEqualTo(java.util.Map.of(VoucherStatus.VALID, 1L,
        VoucherStatus.EXPIRED, 3L, VoucherStatus.RESERVED, 1L, VoucherStatus.REDEEMED, 1L));
    assertThat(due).isEqualTo(OrderTally.of(vouchersOf(order.id()), read.get(5).expiresAt()));
    assertThat(vouchers.tally(order(A, T0, "ssl-dv", 1).id(), T0).total()).isZero();
  }

  /** An order large enough that no store can cancel it by reading it into memory (L-2). */
  static final int LARGE_ORDER = 100_000;

  @Test
  void aLargeOrderIsCancelledAsAWholeWithEveryHistoryRowOrNotAtAll_V6_V2_V7_L2() {
    Order order = stored(A, T0, "ssl-dv", LARGE_ORDER);
    Instant at = T0.plusSeconds(60);
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.VALID, (long) LARGE_ORDER));
    List<CodeDigest> sampled = new ArrayList<>();
    long[] seen = {0};
    vouchers.forEachCodeOf(order.id(), v -> {
      if (seen[0]++ % 997 == 0 || seen[0] == LARGE_ORDER) {
        sampled.add(v.code().digest());
      }
    });
    List<Voucher> sample = sampled.stream()
        .map(code -> vouchers.voucherByCode(code).orElseThrow()).toList();
    Voucher last = sample.get(sample.size() - 1);
    Voucher used = last.withStatus(VoucherStatus.RESERVED).withVersion(last.version() + 1);
    assertThat(vouchers.update(VoucherUpdate.quiet(last, used))).isTrue();

    // nothing: counted before the last voucher was used, the shortfall shows only once the
    // others were moved, and all of it is taken back
    assertThat(vouchers.cancel(cancellation(order, LARGE_ORDER, at))).isFalse();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchers.tally(order.id(), at).counts()).isEqualTo(java.util.Map.of(
        VoucherStatus.VALID, LARGE_ORDER - 1L, VoucherStatus.RESERVED, 1L));
    assertThat(vouchers.history(sample.get(0).id())).isEmpty();

    // everything: the used voucher back to VALID, the whole order cancelled in one step
    assertThat(vouchers.update(VoucherUpdate.quiet(used, used.withStatus(VoucherStatus.VALID)
        .withVersion(used.version() + 1)))).isTrue();
    assertThat(vouchers.cancel(cancellation(order, LARGE_ORDER, at))).isTrue();
    assertThat(vouchers.tally(order.id(), at).counts())
        .isEqualTo(java.util.Map.of(VoucherStatus.CANCELLED, (long) LARGE_ORDER));
    for (Voucher voucher : sample) {
      assertThat(vouchers.history(voucher.id())).singleElement().satisfies(e -> {
        assertThat(e.from()).isEqualTo(VoucherStatus.VALID);
        assertThat(e.to()).isEqualTo(VoucherStatus.CANCELLED);
        assertThat(e.at()).isEqualTo(at);
      });
    }
  }

  @Test
  void ofACancellationAndARedemptionRacingOnOneOrderExactlyOneWins_V6_V7() throws Exception {
    for (int round = 0; round < 10; round++) {
      Order order = stored(A, T0, "ssl-dv", 200);
      Instant at = T0.plusSeconds(5);
      OrderTally tally = vouchers.tally(order.id(), at);
      Voucher target = vouchersOf(order.id(), 150).get(149);
      List<Boolean> results = Concurrently.call(List.of(
          () -> vouchers.cancel(cancellation(order, tally.total(), at)),
          () -> vouchers.redeem(target.code().digest(), CUSTOMER, at).isPresent()));

      assertThat(results).as("cancelled, redeemed").containsExactlyInAnyOrder(true, false);
      boolean cancelled = results.get(0);
      assertThat(vouchers.order(order.id()).orElseThrow().status())
          .isEqualTo(cancelled ? OrderStatus.CANCELLED : OrderStatus.OPEN);
      assertThat(vouchers.tally(order.id(), at).counts()).isEqualTo(cancelled
          ? java.util.Map.of(VoucherStatus.CANCELLED, 200L)
          : java.util.Map.of(VoucherStatus.VALID, 199L, VoucherStatus.REDEEMED, 1L));
      assertThat(vouchers.history(target.id())).singleElement().extracting(HistoryEntry::to)
          .isEqualTo(cancelled ? VoucherStatus.CANCELLED : VoucherStatus.REDEEMED);
    }
  }

  @Test
  void ofACancellationAndAMoveFromTheSameReadExactlyOneApplies_V6_V7() throws Exception {
    for (int round = 0; round < 20; round++) {
      Order order = stored(A, T0, "ssl-dv", 2);
      List<Voucher> read = vouchersOf(order.id());
      Voucher target = read.get(0);
      OrderCancellation cancellation = cancellation(order, read.size(), T0.plusSeconds(5));
      VoucherUpdate redeem = new VoucherUpdate(target,
          target.withStatus(VoucherStatus.REDEEMED).withVersion(target.version() + 1),
          Optional.of(entry(target, VoucherStatus.REDEEMED, T0.plusSeconds(5))), List.of());
      List<Boolean> results = Concurrently.call(List.of(() -> vouchers.cancel(cancellation),
          () -> vouchers.update(redeem)));
      assertThat(results).containsExactlyInAnyOrder(true, false);
      boolean cancelled = vouchers.order(order.id()).orElseThrow().status() == OrderStatus.CANCELLED;
      assertThat(vouchers.voucher(target.id()).orElseThrow().status())
          .isEqualTo(cancelled ? VoucherStatus.CANCELLED : VoucherStatus.REDEEMED);
      assertThat(vouchers.history(target.id())).hasSize(1);
    }
  }

}
