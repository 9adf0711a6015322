// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Part of the event outbox's contract ({@link EventOutboxContract} runs every part), M-5: every
 * change of state writes its event in the same step (an order placed or cancelled, each
 * voucher move, set-based ones included), with a stable id and no secret in its body; a
 * refused change writes none.
 */
public abstract class EventWritesContract extends ProgrammeOverStorage {
  static final Duration LEASE = Duration.ofMinutes(5);
  static final String EMAIL = "kunde@example.ch";

  /** The event outbox of the storage under test (the same database or memory). */
  protected abstract EventOutbox events();

  /** Every event still to deliver, read by claiming and delivering everything (in order). */
  List<Event> drainAll() {
    List<Event> all = new ArrayList<>();
    Instant now = clock.instant();
    for (int round = 0; round < 1_000; round++) {
      List<EventEntry> batch = events().claim(100, now, LEASE);
      if (batch.isEmpty()) {
        break;
      }
      for (EventEntry entry : batch) {
        assertThat(events().delivered(entry, now)).isTrue();
        all.add(entry.event());
      }
    }
    return all;
  }

  static List<Event> of(List<Event> events, AggregateType type, String id) {
    return events.stream().filter(e -> e.aggregateType() == type && e.aggregateId().equals(id))
        .toList();
  }

  String code(PlacedOrder order, int index) {
    return programme.settings().codeFormat().format(order.codes().get(index))
        .toLowerCase(Locale.ROOT);
  }

  void assign(VoucherId id) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(AGENT, id, EMAIL, "hello")));
  }

  static void assertNoSecretIn(List<Event> events, List<String> secrets) {
    for (Event event : events) {
      for (String secret : secrets) {
        assertThat(event.toJson().toLowerCase(Locale.ROOT)).doesNotContain(secret);
      }
      assertThat(event.toJson()).doesNotContain(EMAIL).doesNotContain("Customer");
    }
  }

  List<String> codesOf(PlacedOrder order) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < order.codes().size(); i++) {
      String typed = code(order, i);
      codes.add(typed);
      codes.add(typed.replace("-", ""));
    }
    return codes;
  }

  @Test
  void anImportedOrderWritesItsPlacedEventLikeAnyOrder_M5_M1() {
    ImportFormat legacy = new ImportFormat("legacy", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8,
        false);
    VoucherProgramme importing = programmeWith(ProgrammeSettings.builder()
        .redemptionBaseUrl(URI.create("https://shop.example/redeem"))
        .addImportFormats(legacy).build());
    List<ImportRow> rows = List.of(
        new ImportRow(2, "OLD00001", PRODUCT.value(), "1", "1", "0", "VALID", "2027-06-30", "",
            "from the old system"),
        new ImportRow(3, "OLD00002", PRODUCT.value(), "1", "1", "0", "REDEEMED", "2027-06-30",
            "", "from the old system"));

    ImportCodes.ImportedOrder imported = require(importing.ordering().importCodes().importCodes(
        new ImportCodes.Command(MANAGER, PARTNER, "legacy", rows::forEach)));

    assertThat(drainAll()).singleElement().satisfies(placed -> {
      assertThat(placed.aggregateType()).isEqualTo(AggregateType.ORDER);
      assertThat(placed.aggregateId()).isEqualTo(imported.order().value());
      assertThat(placed.type()).isEqualTo(NewEvent.ORDER_PLACED);
      assertThat(placed.toJson()).contains("\"vouchers\":2").doesNotContain("OLD0000");
    });
  }

  @Test
  void placingAnOrderWritesOneEventWithIdsOnly_M5() {
    PlacedOrder order = place(3);

    List<Event> written = drainAll();

    assertThat(written).hasSize(1);
    Event placed = written.get(0);
    assertThat(placed.aggregateType()).isEqualTo(AggregateType.ORDER);
    assertThat(placed.aggregateId()).isEqualTo(order.order().id().value());
    assertThat(placed.type()).isEqualTo(NewEvent.ORDER_PLACED);
    assertThat(placed.occurredAt()).isEqualTo(order.order().placedAt());
    assertThat(placed.body()).isEqualTo(NewEvent.orderPlaced(order.order().id().value(),
        PARTNER.value(), 3, START).body());
    assertNoSecretIn(written, codesOf(order));
  }

  @Test
  void eachVoucherMoveWritesOneEventWithItsStatuses_M5() {
    PlacedOrder order = place(2);
    drainAll();
    VoucherId first = order.voucher(0);
    assign(first);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("customer"), VoucherRef.code(code(order, 0), CallerKey.of("t")))));
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(1)))));

    List<Event> written = drainAll();

    assertThat(written).hasSize(3);
    assertThat(of(written, AggregateType.VOUCHER, first.value())).extracting(Event::body)
        .containsExactly(
            NewEvent.voucherMovedBody(first.value(), "VALID", "ASSIGNED"),
            NewEvent.voucherMovedBody(first.value(), "ASSIGNED", "REDEEMED"));
    assertThat(of(written, AggregateType.VOUCHER, order.voucher(1).value()))
        .extracting(Event::type).containsExactly(NewEvent.VOUCHER_MOVED);
    assertThat(written).extracting(Event::occurredAt).containsOnly(START);
    assertNoSecretIn(written, codesOf(order));
  }

  @Test
  void cancellingAnOrderWritesOneEventPerVoucherInTheSameTransaction_M5() {
    PlacedOrder order = place(5);
    assign(order.voucher(2));
    drainAll();

    // another partner's cancellation is refused: nothing moved, no event
    refusal(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(OTHER_ADMIN,
        order.order().id(), "not mine")));
    assertThat(events().claim(100, clock.instant(), LEASE)).isEmpty();

    require(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(AGENT, order.order()
        .id(),
        "customer changed their mind")));
    List<Event> written = drainAll();

    assertThat(of(written, AggregateType.ORDER, order.order().id().value()))
        .extracting(Event::type).containsExactly(NewEvent.ORDER_CANCELLED);
    List<Event> moves = written.stream()
        .filter(e -> e.aggregateType() == AggregateType.VOUCHER).toList();
    assertThat(moves).hasSize(5);
    Set<String> movedIds = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      VoucherId id = order.voucher(i);
      movedIds.add(id.value());
      String from = i == 2 ? "ASSIGNED" : "VALID";
      assertThat(of(moves, AggregateType.VOUCHER, id.value())).extracting(Event::body)
          .containsExactly(NewEvent.voucherMovedBody(id.value(), from, "CANCELLED"));
    }
    assertThat(movedIds).hasSize(5);
    // one event per history row the cancellation wrote
    for (int i = 0; i < 5; i++) {
      assertThat(storage.vouchers().history(order.voucher(i)).get(
          storage.vouchers().history(order.voucher(i)).size() - 1).to())
          .isEqualTo(VoucherStatus.CANCELLED);
    }
  }

  @Test
  void theExpirySweepWritesOneEventPerExpiredVoucher_M5() {
    PlacedOrder order = place(3);
    assign(order.voucher(1));
    drainAll();
    clock.advance(Duration.ofDays(400));

    require(programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(SUPPORT,
        100)));
    List<Event> written = drainAll();

    assertThat(written).hasSize(3).extracting(Event::type).containsOnly(NewEvent.VOUCHER_MOVED);
    assertThat(of(written, AggregateType.VOUCHER, order.voucher(1).value()))
        .extracting(Event::body).containsExactly(
            NewEvent.voucherMovedBody(order.voucher(1).value(), "ASSIGNED", "EXPIRED"));
    assertThat(of(written, AggregateType.VOUCHER, order.voucher(0).value()))
        .extracting(Event::body).containsExactly(
            NewEvent.voucherMovedBody(order.voucher(0).value(), "VALID", "EXPIRED"));
  }

  @Test
  void extendingTheExpiryWritesOneEventPerExtendedVoucher_M5_M2() {
    PlacedOrder order = place(3);
    drainAll();
    Instant until = storage.vouchers().voucher(order.voucher(0)).orElseThrow().expiresAt()
        .plus(Duration.ofDays(90));

    require(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.order(SUPPORT,
        order.order().id(), until, "goodwill")));
    require(programme.vouchers().extendExpiry().extend(ExtendExpiry.Command.voucher(SUPPORT,
        order.voucher(1), until.plus(Duration.ofDays(1)), "goodwill again")));
    List<Event> written = drainAll();

    assertThat(written).hasSize(4).extracting(Event::type).containsOnly(NewEvent.VOUCHER_MOVED);
    for (int i = 0; i < 3; i++) {
      VoucherId id = order.voucher(i);
      assertThat(of(written, AggregateType.VOUCHER, id.value())).extracting(Event::body)
          .containsOnly(NewEvent.voucherMovedBody(id.value(), "VALID", "VALID"))
          .hasSize(i == 1 ? 2 : 1);
    }
  }

  @Test
  void aRefusedChangeWritesNoEvent_M5() {
    PlacedOrder order = place(1);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(0)))));
    drainAll();

    refusal(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(0)))));
    refusal(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("customer"), VoucherRef.code(code(order, 0), CallerKey.of("t")))));

    assertThat(events().claim(100, clock.instant(), LEASE)).isEmpty();
    assertThat(events().backlog()).isZero();
  }

}
