// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.programme.application.ProgrammeFixture;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.ExtendExpiry.ExpiryExtended;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * M-2 in the core: who may extend, what is checked before anything is read, a written-EXPIRED
 * voucher's way back, a whole order batch by batch, and one event per recorded move.
 */
class ExpiryExtensionTest {

  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private final ProgrammeFixture f = ProgrammeFixture.withEvents(events::add, store -> store);

  private Either<Refusal, ExpiryExtended> extendVoucher(VoucherId id, Instant until, String why) {
    return f.programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.voucher(PM, id, until,
        why));
  }

  private Either<Refusal, ExpiryExtended> extendOrder(OrderId id, Instant until) {
    return f.programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.order(PM, id, until, "goodwill"));
  }

  private List<ProgrammeEvent.VoucherMoved> moves() {
    return events.stream().filter(ProgrammeEvent.VoucherMoved.class::isInstance)
        .map(ProgrammeEvent.VoucherMoved.class::cast).toList();
  }

  @Test
  void anAssignedVoucherWrittenExpiredReturnsToAssignedAndTheMoveIsPublished_M2_V2() {
    VoucherId id = f.single(SMIME_1Y).id();
    f.sendLink(id, "jane@customer.example");
    f.advance(Duration.ofDays(400));
    ok(f.programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(PLATFORM,
        10)));
    assertThat(f.stored(id).status()).isEqualTo(VoucherStatus.EXPIRED);
    events.clear();
    Instant until = f.clock.instant().plus(Duration.ofDays(30));

    assertThat(ok(extendVoucher(id, until, "customer was ill")))
        .isEqualTo(new ExpiryExtended(1, until));

    assertThat(f.stored(id).status()).isEqualTo(VoucherStatus.ASSIGNED);
    assertThat(f.stored(id).expiresAt()).isEqualTo(until);
    assertThat(moves()).singleElement().satisfies(move -> {
      assertThat(move.voucher()).isEqualTo(id);
      assertThat(move.from()).isEqualTo(VoucherStatus.EXPIRED);
      assertThat(move.to()).isEqualTo(VoucherStatus.ASSIGNED);
    });
  }

  @Test
  void everyProblemOfTheInputIsNamedOnceAndNothingChanges_M2_L4() {
    VoucherId id = f.single(SMIME_1Y).id();
    Instant expiry = f.stored(id).expiresAt();
    Instant past = f.clock.instant().minusSeconds(1);

    Refusal refusal = refused(extendVoucher(id, past, "  "));

    assertThat(refusal.reasons()).doesNotHaveDuplicates();
    assertThat(refusal.reasons().stream().map(dev.vouchers.core.kernel.Reason::message))
        .anySatisfy(m -> assertThat(m).contains("give a reason"))
        .anySatisfy(m -> assertThat(m).contains("must be after now"))
        .anySatisfy(m -> assertThat(m).contains("later than the current one"));
    assertThat(f.stored(id).expiresAt()).isEqualTo(expiry);
    assertThat(moves()).isEmpty();
  }

  @Test
  void aReasonWithAControlCharacterIsRefused_M2_L4() {
    VoucherId id = f.single(SMIME_1Y).id();
    Instant later = f.stored(id).expiresAt().plus(Duration.ofDays(30));

    Refusal refusal = refused(extendVoucher(id, later, "ill\u0000"));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons()).singleElement().extracting(dev.vouchers.core.kernel.Reason::message).asString()
        .contains("the reason");
    assertThat(f.stored(id).expiresAt()).isNotEqualTo(later);
  }

  @Test
  void partnersDoNotExtendAndUnknownVouchersAreNotFound_M2_A1() {
    VoucherId id = f.single(SMIME_1Y).id();
    Instant later = f.stored(id).expiresAt().plus(Duration.ofDays(30));

    assertThat(refused(f.programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.voucher(ALICE, id, later, "please"))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(extendVoucher(VoucherId.of("no-such-voucher"), later, "please")).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
    assertThat(refused(extendOrder(OrderId.of("no-such-order"), later)).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void aWholeOrderIsExtendedBatchByBatchWithOneEventPerVoucher_M2_L2() {
    int quantity = ExpiryExtensionService.BATCH * 2 + 1;
    Order order = f.order(line(SMIME_1Y, ExpiryExtensionService.BATCH),
        line(SMIME_1Y, ExpiryExtensionService.BATCH), line(ProgrammeFixture.SMIME_2Y, 1));
    Instant until = f.clock.instant().plus(Duration.ofDays(800));
    events.clear();

    assertThat(ok(extendOrder(order.id(), until))).isEqualTo(new ExpiryExtended(quantity, until));

    assertThat(moves()).hasSize(quantity);
    assertThat(moves().stream().map(ProgrammeEvent.VoucherMoved::voucher).distinct())
        .hasSize(quantity);
    assertThat(moves()).allSatisfy(
        move -> assertThat(f.stored(move.voucher()).expiresAt()).isEqualTo(until));

    events.clear();
    Refusal again = refused(extendOrder(order.id(), until));
    assertThat(again.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(moves()).isEmpty();
  }

  @Test
  void anOrderOfExactlyOneBatchIsExtendedWhole_M2_L2() {
    Order order = f.order(line(SMIME_1Y, ExpiryExtensionService.BATCH));
    Instant until = f.clock.instant().plus(Duration.ofDays(800));

    assertThat(ok(extendOrder(order.id(), until)).vouchers())
        .isEqualTo(ExpiryExtensionService.BATCH);
    assertThat(moves()).hasSize(ExpiryExtensionService.BATCH);
  }
}
