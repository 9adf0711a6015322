// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * M-2: vendor staff extend the expiry of one voucher or of every voucher of an order, with a
 * reason; an expired voucher returns to the status it had; each extension is a recorded move
 * (V-2); closed vouchers are not changed; a refusal changes nothing (L-4). Run over each
 * adapter, the whole order through the store's set-based batches.
 */
public abstract class ExpiryExtensionContract extends ProgrammeOverStorage {
  private static final Duration YEAR = Duration.ofDays(365);

  private Voucher stored(VoucherId id) {
    return storage.vouchers().voucher(id).orElseThrow();
  }

  private HistoryEntry lastEntry(VoucherId id) {
    List<HistoryEntry> history = storage.vouchers().history(id);
    return history.get(history.size() - 1);
  }

  private ExtendExpiry.ExpiryExtended extendVoucher(Actor who, VoucherId id, Instant until) {
    return require(programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.voucher(who, id, until, "goodwill, ticket 42")));
  }

  private ExtendExpiry.ExpiryExtended extendOrder(Actor who, OrderId id, Instant until) {
    return require(programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.order(who, id, until, "goodwill, ticket 42")));
  }

  private void assign(VoucherId id) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, id, "kunde@example.ch", "hello")));
  }

  private void sweep() {
    require(programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(SUPPORT,
        1_000)));
  }

  @Test
  void oneValidVoucherGetsTheLaterExpiryAsARecordedMoveWithTheReason_M2_V2() {
    PlacedOrder order = place(2);
    VoucherId id = order.voucher(0);
    Instant before = stored(id).expiresAt();
    Instant until = before.plus(Duration.ofDays(90));

    assertThat(extendVoucher(SUPPORT, id, until).vouchers()).isEqualTo(1);

    Voucher after = stored(id);
    assertThat(after.status()).isEqualTo(VoucherStatus.VALID);
    assertThat(after.expiresAt()).isEqualTo(until);
    HistoryEntry entry = lastEntry(id);
    assertThat(entry.from()).isEqualTo(VoucherStatus.VALID);
    assertThat(entry.to()).isEqualTo(VoucherStatus.VALID);
    assertThat(entry.why()).isEqualTo("goodwill, ticket 42");
    assertThat(entry.by()).isEqualTo(SUPPORT.describe());
    assertThat(entry.data()).isEqualTo(Map.of(AbstractVoucher.EXTENDED_FROM, before.toString(),
        AbstractVoucher.EXTENDED_TO, until.toString()));
    assertThat(stored(order.voucher(1)).expiresAt()).isEqualTo(before); // only that one
  }

  @Test
  void anExpiredVoucherReturnsToTheStatusItHadBeforeItExpired_M2() {
    PlacedOrder order = place(3);
    assign(order.voucher(1));
    clock.advance(YEAR.plus(Duration.ofDays(1)));
    sweep();
    assertThat(stored(order.voucher(0)).status()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(stored(order.voucher(1)).status()).isEqualTo(VoucherStatus.EXPIRED);
    Instant until = clock.instant().plus(Duration.ofDays(30));

    extendVoucher(MANAGER, order.voucher(0), until);
    extendVoucher(MANAGER, order.voucher(1), until);

    assertThat(stored(order.voucher(0)).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(stored(order.voucher(1)).status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(stored(order.voucher(1)).assignment()).isPresent();
    assertThat(lastEntry(order.voucher(1)).from()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(lastEntry(order.voucher(1)).to()).isEqualTo(VoucherStatus.ASSIGNED);
    // the code works again: it is redeemed
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(0)))));
  }

  @Test
  void aDueVoucherNoSweepHasWrittenKeepsItsStatus_M2_V4() {
    PlacedOrder order = place(1);
    assign(order.voucher(0));
    clock.advance(YEAR.plus(Duration.ofDays(1)));
    Instant until = clock.instant().plus(Duration.ofDays(30));

    extendVoucher(SUPPORT, order.voucher(0), until);

    assertThat(stored(order.voucher(0)).statusAt(clock.instant()))
        .isEqualTo(VoucherStatus.ASSIGNED);
    // V-2: the history stays a path: from the status stored, which no sweep had changed
    assertThat(lastEntry(order.voucher(0)).from()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(lastEntry(order.voucher(0)).to()).isEqualTo(VoucherStatus.ASSIGNED);
  }

  @Test
  void everyVoucherOfAnOrderIsExtendedInBatchesAndClosedOnesAreLeft_M2_L2() {
    PlacedOrder order = place(1_203); // more than one batch of the service
    assign(order.voucher(5));
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(7)))));
    clock.advance(YEAR.plus(Duration.ofDays(1)));
    sweep();
    Instant until = clock.instant().plus(Duration.ofDays(60));

    assertThat(extendOrder(SUPPORT, order.order().id(), until).vouchers()).isEqualTo(1_202);

    assertThat(ContractData.vouchersOf(storage.vouchers(), order.order().id())).allSatisfy(v -> {
      if (v.id().equals(order.voucher(7))) {
        assertThat(v.status()).isEqualTo(VoucherStatus.REDEEMED);
        assertThat(v.expiresAt()).isBefore(until);
      } else {
        assertThat(v.expiresAt()).isEqualTo(until);
        assertThat(v.status()).isEqualTo(v.id().equals(order.voucher(5))
            ? VoucherStatus.ASSIGNED : VoucherStatus.VALID);
      }
    });
    assertThat(lastEntry(order.voucher(1_202)).why()).isEqualTo("goodwill, ticket 42");
    // asked again, nothing is left to extend, and nothing changes
    Refusal again = refusal(programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.order(SUPPORT, order.order().id(), until, "again")));
    assertThat(again.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(storage.vouchers().history(order.voucher(0))).hasSize(2);
  }

  @Test
  void closedVouchersAreNotChanged_M2() {
    PlacedOrder redeemed = place(1);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(redeemed.voucher(0)))));
    PlacedOrder cancelled = place(1);
    require(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(AGENT,
        cancelled.order().id(), "wrong order")));
    Instant until = clock.instant().plus(YEAR).plus(YEAR);

    for (VoucherId id : List.of(redeemed.voucher(0), cancelled.voucher(0))) {
      Voucher before = stored(id);
      Refusal refusal = refusal(programme.vouchers().extendExpiry().extend(
          ExtendExpiry.Command.voucher(SUPPORT, id, until, "please")));
      assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
      assertThat(stored(id)).isEqualTo(before);
    }
    assertThat(refusal(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.order(
        SUPPORT,
        cancelled.order().id(), until, "please"))).codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
  }

  @Test
  void aNewExpiryNotLaterOutOfRangeOrWithoutAReasonIsRefusedAndNothingChanges_M2_L4() {
    PlacedOrder order = place(1);
    VoucherId id = order.voucher(0);
    Voucher before = stored(id);
    for (ExtendExpiry.Command command : List.of(
        ExtendExpiry.Command.voucher(SUPPORT, id, before.expiresAt(), "same"),
        ExtendExpiry.Command.voucher(SUPPORT, id, before.expiresAt().minusSeconds(1), "earlier"),
        ExtendExpiry.Command.voucher(SUPPORT, id, clock.instant().plus(Duration.ofDays(36_600)),
            "too far"),
        ExtendExpiry.Command.voucher(SUPPORT, id, Instant.MAX, "far too far"),
        ExtendExpiry.Command.voucher(SUPPORT, id, before.expiresAt().plusSeconds(1), "  "),
        ExtendExpiry.Command.voucher(SUPPORT, id, before.expiresAt().plusSeconds(1), "a\u0000b"),
        ExtendExpiry.Command.voucher(SUPPORT, id, before.expiresAt().plusSeconds(1),
            "x".repeat(2_001)),
        ExtendExpiry.Command.order(SUPPORT, order.order().id(), clock.instant().minusSeconds(1),
            "past"),
        ExtendExpiry.Command.order(SUPPORT, order.order().id(), Instant.MAX, "too far"))) {
      Refusal refusal = refusal(programme.vouchers().extendExpiry().extend(command));
      assertThat(refusal.codes()).as("%s", command).containsExactly(ReasonCode.INVALID_INPUT);
    }
    assertThat(stored(id)).isEqualTo(before);
    assertThat(storage.vouchers().history(id)).isEmpty();
  }

  @Test
  void onlyVendorStaffExtendAndAMissingTargetIsNotFound_M2_A1() {
    PlacedOrder order = place(1);
    Instant until = stored(order.voucher(0)).expiresAt().plus(YEAR);
    for (Actor who : List.of(AGENT, OTHER_ADMIN)) {
      assertThat(refusal(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.voucher(
          who,
          order.voucher(0), until, "mine"))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    }
    assertThat(refusal(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.voucher(
        SUPPORT,
        new VoucherId("no-such-voucher"), until, "x"))).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
    assertThat(refusal(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.order(
        SUPPORT,
        new OrderId("no-such-order"), until, "x"))).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
    assertThat(storage.vouchers().history(order.voucher(0))).isEmpty();
  }
}
