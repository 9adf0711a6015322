// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * E-1: erasure of personal data (ADR 0052) over each adapter: one address erased everywhere
 * (voucher, history data, outbox, code holder labels) while the history keeps every move; the
 * erasure recorded without the data; a refusal changes nothing (L-4); one customer's orders;
 * the automatic erasure of closed vouchers after the retention period, each closing once.
 */
public abstract class PersonalDataContract extends ProgrammeOverStorage {
  private static final String ALICE = "Alice.Liddell@Example.ORG";
  private static final String ALICE_STORED = "Alice.Liddell@example.org";
  private static final String ALICES_MESSAGE = "Alles Gute zum Geburtstag, Alice!";
  private static final String BOB = "bob@example.net";
  private static final String BOBS_MESSAGE = "Happy birthday, Bob";
  private static final Duration LEASE = Duration.ofMinutes(5);

  private PersonalData personalData() {
    return (PersonalData) storage.vouchers();
  }

  private Voucher stored(VoucherId id) {
    return storage.vouchers().voucher(id).orElseThrow();
  }

  private void send(VoucherId id, String to, String message) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, id, to, message)));
  }

  private static String everything(List<HistoryEntry> history) {
    return history.toString();
  }

  @Test
  void erasedAddressIsUnreadableButHistoryKeepsMoves_E1() {
    PlacedOrder order = place(3);
    VoucherId alices = order.voucher(0);
    VoucherId bobs = order.voucher(1);
    send(alices, ALICE, ALICES_MESSAGE);
    send(bobs, BOB, BOBS_MESSAGE);
    List<HistoryEntry> before = storage.vouchers().history(alices);

    ErasureRecord record = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, ALICE)));

    Assignment erased = stored(alices).assignment().orElseThrow();
    assertThat(erased.recipient()).isEqualTo(Erased.ADDRESS);
    assertThat(erased.message()).isEqualTo(Erased.TEXT);
    assertThat(stored(alices).status()).isEqualTo(VoucherStatus.ASSIGNED);
    List<HistoryEntry> after = storage.vouchers().history(alices);
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < after.size(); i++) {
      assertThat(after.get(i).from()).isEqualTo(before.get(i).from());
      assertThat(after.get(i).to()).isEqualTo(before.get(i).to());
      assertThat(after.get(i).at()).isEqualTo(before.get(i).at());
      assertThat(after.get(i).by()).isEqualTo(before.get(i).by());
      assertThat(after.get(i).why()).isEqualTo(before.get(i).why());
    }
    assertThat(everything(after)).doesNotContain(ALICE_STORED).doesNotContain("Alice");
    // Bob's data is his own
    assertThat(stored(bobs).assignment().orElseThrow().recipient().value()).isEqualTo(BOB);
    assertThat(everything(storage.vouchers().history(bobs))).contains(BOBS_MESSAGE);
    // the e-mail to the erased address is not sent any more; Bob's is
    List<Outbox.Entry<ActivationMessage>> due = storage.outbox().claim(10, clock.instant(), LEASE);
    assertThat(due).extracting(e -> e.message().recipient().value()).containsExactly(BOB);
    assertThat(due.toString()).doesNotContain(ALICE_STORED).doesNotContain(ALICES_MESSAGE);
    assertThat(record.rows()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void erasureIsRecordedWithoutTheData_E1() {
    PlacedOrder order = place(1);
    send(order.voucher(0), ALICE, ALICES_MESSAGE);

    ErasureRecord record = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, ALICE)));
    ErasureRecord nothing = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, "nobody@example.org")));

    assertThat(record.kind()).isEqualTo(ErasureKind.ADDRESS);
    assertThat(record.by()).isEqualTo(SUPPORT.describe());
    assertThat(record.at()).isEqualTo(clock.instant());
    assertThat(nothing.rows()).isZero();
    List<ErasureRecord> recorded = personalData().erasures(10);
    assertThat(recorded).containsExactly(nothing, record);
    assertThat(recorded.toString()).doesNotContain(ALICE_STORED).doesNotContain("nobody");
  }

  @Test
  void refusedErasureChangesNothing_E1_L4() {
    PlacedOrder order = place(1);
    send(order.voucher(0), ALICE, ALICES_MESSAGE);
    Voucher before = stored(order.voucher(0));

    assertThat(refusal(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(AGENT, ALICE))).codes())
        .contains(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(MANAGER, ALICE))).codes())
        .contains(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, "not an address"))).codes())
        .contains(ReasonCode.INVALID_INPUT);
    assertThat(refusal(programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, Erased.ADDRESS.value()))).codes())
        .contains(ReasonCode.INVALID_INPUT);
    assertThat(refusal(programme.erasePersonalData().erase(new ErasePersonalData.Command(
        SUPPORT, Optional.of(ALICE), Optional.of(PARTNER.value()), Optional.of("Customer"))))
        .codes()).contains(ReasonCode.INVALID_INPUT);
    assertThat(refusal(programme.erasePersonalData().erase(
        ErasePersonalData.Command.customer(SUPPORT, "", " "))).reasons()).hasSize(2);

    assertThat(stored(order.voucher(0))).isEqualTo(before);
    assertThat(personalData().erasures(10)).isEmpty();
  }

  @Test
  void customerErasureEmptiesNameAndNotesOfThatPartnersOrdersOnly_E1() {
    PlacedOrder mine = orderFor(AGENT, PARTNER, "Erika Mustermann", "Rechnung an Erika");
    PlacedOrder other = orderFor(AGENT, PARTNER, "Max Muster", "for Max");
    PlacedOrder rivals = orderFor(OTHER_ADMIN, OTHER, "Erika Mustermann", "bolt's notes");

    ErasureRecord record = require(programme.erasePersonalData().erase(
        ErasePersonalData.Command.customer(SUPPORT, PARTNER.value(), " Erika Mustermann ")));

    assertThat(record.kind()).isEqualTo(ErasureKind.CUSTOMER);
    assertThat(record.rows()).isEqualTo(1);
    Order erased = storage.vouchers().order(mine.order().id()).orElseThrow();
    assertThat(erased.customerName()).isEmpty();
    assertThat(erased.notes()).isEmpty();
    assertThat(erased.lines()).isEqualTo(mine.order().lines());
    assertThat(storage.vouchers().order(other.order().id()).orElseThrow().customerName())
        .contains("Max Muster");
    assertThat(storage.vouchers().order(rivals.order().id()).orElseThrow().notes())
        .contains("bolt's notes");
  }

  private PlacedOrder orderFor(dev.vouchers.core.kernel.Actor who,
      dev.vouchers.core.kernel.PartnerId partner, String customer, String notes) {
    return require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(who,
        partner,
        new OrderRequest(Optional.of(customer), Optional.of(notes), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, 1))))));
  }

  @Test
  void closedVoucherIsErasedOnlyAfterTheRetentionAndOnce_E1() {
    PlacedOrder closed = place(2);
    send(closed.voucher(0), ALICE, ALICES_MESSAGE);
    PlacedOrder open = place(1);
    send(open.voucher(0), BOB, BOBS_MESSAGE);
    require(programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(AGENT, closed.order().id(), "customer changed their mind")));
    Duration retention = Duration.ofDays(30);

    clock.advance(Duration.ofDays(29));
    assertThat(programme.sweepPersonalData(retention, 100)).isZero();
    assertThat(stored(closed.voucher(0)).assignment().orElseThrow().recipient().value())
        .isEqualTo(ALICE_STORED);

    clock.advance(Duration.ofDays(2));
    assertThat(programme.sweepPersonalData(retention, 1)).isEqualTo(1);
    assertThat(programme.sweepPersonalData(retention, 100)).isEqualTo(1);
    assertThat(programme.sweepPersonalData(retention, 100)).isZero();

    Voucher erased = stored(closed.voucher(0));
    assertThat(erased.status()).isEqualTo(VoucherStatus.CANCELLED);
    assertThat(erased.assignment().orElseThrow().recipient()).isEqualTo(Erased.ADDRESS);
    assertThat(everything(storage.vouchers().history(closed.voucher(0))))
        .doesNotContain(ALICE_STORED).doesNotContain(ALICES_MESSAGE)
        .contains("CANCELLED");
    assertThat(stored(open.voucher(0)).assignment().orElseThrow().recipient().value())
        .isEqualTo(BOB);
    List<ErasureRecord> recorded = personalData().erasures(10);
    assertThat(recorded).isNotEmpty();
    assertThat(recorded).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(ErasureKind.RETENTION);
      assertThat(r.by()).isEqualTo("service:vouchers-erasure-sweep");
    });
  }
}
