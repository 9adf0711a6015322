// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
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
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Vouchers} port. Extend it and return a fresh, empty storage from
 * {@link #newStorage()}. It runs every part of the contract, each in its own class:
 * {@link OrderStorageContract}, {@link VoucherMovesContract}, {@link OrderCancellationContract},
 * {@link VoucherListingContract}, and here the expiry sweep (V-4).
 */
public abstract class VouchersContract extends VoucherListingContract {
  static final Actor SWEEPER = new Actor.Service("contract-sweeper");

  /** Sweeps in batches of {@code batch} until none is due; every batch at most that size. */
  List<Vouchers.Expiry> sweep(Instant now, int batch) {
    List<Vouchers.Expiry> all = new ArrayList<>();
    while (true) {
      List<Vouchers.Expiry> done = vouchers.expireDue(now, SWEEPER, batch);
      assertThat(done).hasSizeLessThanOrEqualTo(batch);
      all.addAll(done);
      if (done.isEmpty()) {
        return all;
      }
    }
  }

  @Test
  void expireDueExpiresEveryDueVoucherOnceWithItsHistory_V4_V2() {
    Order older = stored(A, T0, "ssl-dv", 5);
    Order newer = stored(B, T0.plusSeconds(10), "ssl-dv", 1);
    Order later = stored(A, T0.plus(Duration.ofDays(100)), "ssl-dv", 2);
    List<Voucher> read = vouchersOf(older.id());
    VoucherStatus[] moved = {VoucherStatus.ASSIGNED, VoucherStatus.PENDING,
        VoucherStatus.RESERVED, VoucherStatus.CANCELLED};
    for (int i = 0; i < moved.length; i++) {
      Voucher voucher = read.get(i);
      assertThat(vouchers.update(new VoucherUpdate(voucher,
          voucher.withStatus(moved[i]).withVersion(voucher.version() + 1),
          Optional.empty(), List.of()))).isTrue();
    }
    // expiries with and without fractions of a second: the history records them exactly
    Voucher millis = read.get(4);
    assertThat(vouchers.update(VoucherUpdate.quiet(millis,
        millis.withExpiresAt(millis.expiresAt().plusMillis(120)).withVersion(1)))).isTrue();
    Voucher micros = vouchersOf(newer.id()).get(0);
    assertThat(vouchers.update(VoucherUpdate.quiet(micros,
        micros.withExpiresAt(micros.expiresAt().plusNanos(123_456_000)).withVersion(1))))
        .isTrue();
    Instant now = T0.plus(Duration.ofDays(400));
    List<Voucher> before = new ArrayList<>(vouchersOf(older.id()));
    before.addAll(vouchersOf(newer.id()));
    before.addAll(vouchersOf(later.id()));

    assertThat(vouchers.expireDue(T0.plus(Duration.ofDays(365)).minusNanos(1000), SWEEPER, 10))
        .isEmpty();
    List<Vouchers.Expiry> expired = sweep(now, 2);

    List<Vouchers.Expiry> expected = new ArrayList<>();
    for (Voucher voucher : before) {
      if (voucher.isDue(now)) {
        VoucherMove move = voucher.expire(SWEEPER, now).get();
        expected.add(new Vouchers.Expiry(voucher.partner(), move.entry()));
        assertThat(vouchers.voucher(voucher.id())).contains(move.after());
        assertThat(vouchers.history(voucher.id())).containsExactly(move.entry());
        assertThat(move.entry().data()).containsEntry(AbstractVoucher.EXPIRED_AT,
            voucher.expiresAt().toString());
      } else {
        assertThat(vouchers.voucher(voucher.id())).contains(voucher);
        assertThat(vouchers.history(voucher.id())).isEmpty();
      }
    }
    assertThat(expected).hasSize(3);
    assertThat(expired).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(vouchers.expireDue(now.plus(Duration.ofDays(1)), SWEEPER, 10)).isEmpty();
  }

  @Test
  void twoSweepsRacingNeverExpireAVoucherTwice_V4_V7() throws Exception {
    Order order = stored(A, T0, "ssl-dv", 300);
    Instant now = T0.plus(Duration.ofDays(400));
    Callable<List<Vouchers.Expiry>> sweeper = () -> sweep(now, 7);

    List<List<Vouchers.Expiry>> results = Concurrently.call(List.of(sweeper, sweeper));

    List<Object> ids = new ArrayList<>();
    results.forEach(r -> r.forEach(e -> ids.add(e.entry().voucher())));
    assertThat(ids).hasSize(300).doesNotHaveDuplicates();
    for (Voucher voucher : vouchersOf(order.id())) {
      assertThat(voucher.status()).isEqualTo(VoucherStatus.EXPIRED);
      assertThat(vouchers.history(voucher.id())).hasSize(1);
    }
  }

  @Test
  void ofASweepAndAMoveFromAnEarlierReadExactlyOneApplies_V4_V7() throws Exception {
    Instant now = T0.plus(Duration.ofDays(400));
    for (int round = 0; round < 10; round++) {
      Order order = stored(A, T0, "ssl-dv", 1);
      Voucher read = vouchersOf(order.id()).get(0);
      VoucherUpdate redeem = new VoucherUpdate(read,
          read.withStatus(VoucherStatus.REDEEMED).withVersion(read.version() + 1),
          Optional.of(entry(read, VoucherStatus.REDEEMED, now)), List.of());

      List<Integer> results = Concurrently.call(List.<Callable<Integer>>of(
          () -> vouchers.update(redeem) ? 1 : 0,
          () -> vouchers.expireDue(now, SWEEPER, 10).size()));

      boolean redeemed = results.get(0) == 1;
      assertThat(results.get(1)).isEqualTo(redeemed ? 0 : 1);
      assertThat(vouchers.voucher(read.id()).orElseThrow().status())
          .isEqualTo(redeemed ? VoucherStatus.REDEEMED : VoucherStatus.EXPIRED);
      assertThat(vouchers.history(read.id())).hasSize(1);
    }
  }

}
