// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.EventRelay;
import dev.vouchers.core.messaging.application.EventRetention;
import dev.vouchers.core.messaging.application.ParkedEvents;
import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
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
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * M-5: every change of state writes its event in the same step (an order placed or cancelled,
 * each voucher move, set-based ones included), with a stable id and no secret in its body; the
 * outbox hands events out at least once, in order per aggregate, to several claimants safely,
 * retries with backoff and parks what cannot be delivered, where staff see it and retry it.
 * Run over each adapter.
 */
public abstract class EventOutboxContract extends ProgrammeOverStorage {
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final String EMAIL = "kunde@example.ch";

  /** The event outbox of the storage under test (the same database or memory). */
  protected abstract EventOutbox events();

  /** Every event still to deliver, read by claiming and delivering everything (in order). */
  private List<Event> drainAll() {
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

  private static List<Event> of(List<Event> events, AggregateType type, String id) {
    return events.stream().filter(e -> e.aggregateType() == type && e.aggregateId().equals(id))
        .toList();
  }

  private String code(PlacedOrder order, int index) {
    return programme.settings().codeFormat().format(order.codes().get(index))
        .toLowerCase(Locale.ROOT);
  }

  private void assign(VoucherId id) {
    require(programme.sendActivationLink().send(
        new SendActivationLink.Command(AGENT, id, EMAIL, "hello")));
  }

  private static void assertNoSecretIn(List<Event> events, List<String> secrets) {
    for (Event event : events) {
      for (String secret : secrets) {
        assertThat(event.toJson().toLowerCase(Locale.ROOT)).doesNotContain(secret);
      }
      assertThat(event.toJson()).doesNotContain(EMAIL).doesNotContain("Customer");
    }
  }

  private List<String> codesOf(PlacedOrder order) {
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

    ImportCodes.ImportedOrder imported = require(importing.importCodes().importCodes(
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
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("customer"), VoucherRef.code(code(order, 0), CallerKey.of("t")))));
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
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
    refusal(programme.cancelOrder().cancel(new CancelOrder.Command(OTHER_ADMIN,
        order.order().id(), "not mine")));
    assertThat(events().claim(100, clock.instant(), LEASE)).isEmpty();

    require(programme.cancelOrder().cancel(new CancelOrder.Command(AGENT, order.order().id(),
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

    require(programme.expireDueVouchers().expire(new ExpireDueVouchers.Command(SUPPORT, 100)));
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
  void aRefusedChangeWritesNoEvent_M5() {
    PlacedOrder order = place(1);
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(0)))));
    drainAll();

    refusal(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(order.voucher(0)))));
    refusal(programme.markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("customer"), VoucherRef.code(code(order, 0), CallerKey.of("t")))));

    assertThat(events().claim(100, clock.instant(), LEASE)).isEmpty();
    assertThat(events().backlog()).isZero();
  }

  @Test
  void eventsOfOneAggregateAreDeliveredInOrder_M5() {
    PlacedOrder order = place(2);
    VoucherId id = order.voucher(0);
    assign(id);
    assign(id); // a resend: ASSIGNED -> ASSIGNED
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT, VoucherRef.id(id))));
    Instant now = clock.instant();

    // one claim hands out at most the first undelivered event of each aggregate
    List<EventEntry> first = events().claim(100, now, LEASE);
    assertThat(first).extracting(e -> e.event().aggregateId())
        .containsExactlyInAnyOrder(order.order().id().value(), id.value());
    EventEntry head = first.stream().filter(e -> e.event().aggregateId().equals(id.value()))
        .findFirst().orElseThrow();
    assertThat(head.event().body()).contains("\"to\":\"ASSIGNED\"");
    // claimed but not delivered: the voucher's later events are held back
    assertThat(events().claim(100, now, LEASE)).isEmpty();

    List<String> bodies = new ArrayList<>(List.of(head.event().body()));
    List<Long> sequences = new ArrayList<>(List.of(head.event().sequence()));
    events().delivered(head, now);
    for (int i = 0; i < 2; i++) {
      List<EventEntry> next = events().claim(100, now, LEASE);
      assertThat(next).hasSize(1);
      bodies.add(next.get(0).event().body());
      sequences.add(next.get(0).event().sequence());
      assertThat(events().claim(100, now, LEASE)).isEmpty();
      events().delivered(next.get(0), now);
    }
    assertThat(bodies).containsExactly(
        NewEvent.voucherMovedBody(id.value(), "VALID", "ASSIGNED"),
        NewEvent.voucherMovedBody(id.value(), "ASSIGNED", "ASSIGNED"),
        NewEvent.voucherMovedBody(id.value(), "ASSIGNED", "REDEEMED"));
    assertThat(sequences).isSorted();
  }

  @Test
  void aFailedEventIsRetriedAtItsTimeAndHoldsItsAggregateMeanwhile_M5() {
    PlacedOrder order = place(1);
    assign(order.voucher(0));
    Instant now = clock.instant();
    List<EventEntry> batch = events().claim(100, now, LEASE);
    EventEntry voucherEvent = batch.stream()
        .filter(e -> e.event().aggregateType() == AggregateType.VOUCHER).findFirst().orElseThrow();
    batch.stream().filter(e -> e != voucherEvent).forEach(e -> events().delivered(e, now));

    assertThat(events().failed(voucherEvent, now.plusSeconds(30), "503")).isTrue();

    assertThat(events().claim(100, now.plusSeconds(29), LEASE)).isEmpty();
    List<EventEntry> again = events().claim(100, now.plusSeconds(30), LEASE);
    assertThat(again).hasSize(1);
    assertThat(again.get(0).event().id()).isEqualTo(voucherEvent.event().id());
    assertThat(again.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aLeaseThatRunsOutMakesTheEventClaimableAgainWithTheSameIdAndFencesTheOldClaim_M5() {
    place(1);
    Instant now = clock.instant();
    EventEntry claimed = events().claim(10, now, LEASE).get(0);

    List<EventEntry> again = events().claim(10, now.plus(LEASE), LEASE);

    assertThat(again).hasSize(1);
    assertThat(again.get(0).event().id()).isEqualTo(claimed.event().id());
    assertThat(events().delivered(claimed, now.plus(LEASE))).isFalse();
    assertThat(events().delivered(again.get(0), now.plus(LEASE))).isTrue();
    assertThat(events().backlog()).isZero();
  }

  @Test
  void aParkedEventIsListedHoldsItsAggregateAndCanBeRetried_M5() {
    PlacedOrder order = place(1);
    VoucherId id = order.voucher(0);
    assign(id);
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT, VoucherRef.id(id))));
    Instant now = clock.instant();
    ParkedEvents staff = new ParkedEvents(events(), clock);
    for (EventEntry entry : events().claim(100, now, LEASE)) {
      if (entry.event().aggregateType() == AggregateType.VOUCHER) {
        assertThat(events().parked(entry, now, "HTTP 410 from the receiver")).isTrue();
      } else {
        events().delivered(entry, now);
      }
    }

    assertThat(events().claim(100, now.plus(Duration.ofDays(1)), LEASE)).as("held").isEmpty();
    assertThat(events().backlog()).isEqualTo(1);
    List<EventOutbox.ParkedEvent> parked = require(staff.list(
        new ListParkedEvents.Command(SUPPORT, Optional.empty(), 10)));
    assertThat(parked).hasSize(1);
    assertThat(parked.get(0).error()).isEqualTo("HTTP 410 from the receiver");
    assertThat(parked.get(0).attempts()).isEqualTo(1);
    assertThat(parked.get(0).event().aggregateId()).isEqualTo(id.value());
    assertThat(require(staff.list(new ListParkedEvents.Command(SUPPORT,
        Optional.of(parked.get(0).event().sequence()), 10)))).isEmpty();
    assertThat(refusal(staff.list(new ListParkedEvents.Command(AGENT, Optional.empty(), 10)))
        .codes()).contains(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(staff.retry(new RetryParkedEvent.Command(AGENT,
        parked.get(0).event().id().toString()))).codes()).contains(ReasonCode.NOT_PERMITTED);
    assertThat(refusal(staff.retry(new RetryParkedEvent.Command(SUPPORT, "no-such-event")))
        .codes()).contains(ReasonCode.NOT_FOUND);

    require(staff.retry(new RetryParkedEvent.Command(MANAGER,
        parked.get(0).event().id().toString())));

    assertThat(require(staff.list(new ListParkedEvents.Command(SUPPORT, Optional.empty(), 10))))
        .isEmpty();
    List<Event> rest = drainAll();
    assertThat(rest).extracting(Event::body).containsExactly(
        NewEvent.voucherMovedBody(id.value(), "VALID", "ASSIGNED"),
        NewEvent.voucherMovedBody(id.value(), "ASSIGNED", "REDEEMED"));
  }

  @Test
  void concurrentClaimsNeverHandOutTheSameEventAndKeepEachAggregatesOrder_M5() throws Exception {
    PlacedOrder order = place(40);
    for (int i = 0; i < 40; i += 2) {
      assign(order.voucher(i));
      require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
          VoucherRef.id(order.voucher(i)))));
    }
    int expected = 1 + 20 * 2;
    Instant now = clock.instant();
    ConcurrentLinkedQueue<Event> delivered = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> relays = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        relays.add(pool.submit(() -> {
          for (int round = 0; round < 200 && delivered.size() < expected; round++) {
            for (EventEntry entry : events().claim(5, now, LEASE)) {
              delivered.add(entry.event());
              assertThat(events().delivered(entry, now)).isTrue();
            }
          }
          return null;
        }));
      }
      for (Future<?> relay : relays) {
        relay.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Event> all = new ArrayList<>(delivered);
    assertThat(all).hasSize(expected);
    assertThat(all).extracting(Event::id).doesNotHaveDuplicates();
    Map<String, Long> last = new HashMap<>();
    for (Event event : all) {
      // delivered per aggregate in sequence order (the queue keeps the order of the marks)
      Long before = last.put(event.aggregateId(), event.sequence());
      assertThat(before == null || before < event.sequence()).as("%s", event).isTrue();
    }
  }

  @Test
  void theRelayDeliversEverythingInOrderAndParksAPermanentFailure_M5() {
    PlacedOrder order = place(3);
    assign(order.voucher(0));
    assign(order.voucher(1));
    List<Event> received = new ArrayList<>();
    String refused = order.voucher(1).value();
    EventRelay relay = new EventRelay(events(), event -> {
      if (event.aggregateId().equals(refused)) {
        throw new PermanentDeliveryFailure("HTTP 400");
      }
      received.add(event);
    }, clock, Outbox.Backoff.standard(), LEASE, 10, 3);

    relay.drain(10);

    assertThat(received).extracting(Event::aggregateId).containsExactlyInAnyOrder(
        order.order().id().value(), order.voucher(0).value());
    assertThat(events().parked(Optional.empty(), 10)).hasSize(1);
    assertThat(events().backlog()).isZero();
  }

  // ---------------------------------------------------------------- retention (ADR 0057)

  private static final Duration RETENTION = Duration.ofDays(7);

  /** Claims and delivers every due event at the clock's time; how many were delivered. */
  private int deliverAllNow() {
    return drainAll().size();
  }

  private EventRetention retention(int batchSize) {
    return new EventRetention(events(), clock, RETENTION, batchSize);
  }

  @Test
  void deliveredEventsOlderThanTheRetentionAreRemoved_M5() {
    place(2);
    place(1);
    assertThat(deliverAllNow()).isEqualTo(2);
    clock.advance(RETENTION.plusSeconds(1));

    assertThat(retention(100).sweepOnce()).isEqualTo(2);
    assertThat(retention(100).sweepOnce()).as("nothing left to remove").isZero();
    assertThat(events().backlog()).isZero();
  }

  @Test
  void deliveredEventsWithinTheRetentionAreKept_M5() {
    place(1);
    Instant delivered = clock.instant();
    assertThat(deliverAllNow()).isEqualTo(1);
    place(1);
    clock.advance(Duration.ofDays(1));
    assertThat(deliverAllNow()).isEqualTo(1);

    // exactly the retention after the first delivery: not older than it yet
    clock.set(delivered.plus(RETENTION));
    assertThat(retention(100).sweepOnce()).isZero();
    // a second later the first goes, the second (delivered a day later) stays
    clock.advance(Duration.ofSeconds(1));
    assertThat(retention(100).sweepOnce()).isEqualTo(1);
    assertThat(retention(100).sweepOnce()).isZero();
    clock.advance(Duration.ofDays(1));
    assertThat(retention(100).sweepOnce()).isEqualTo(1);
  }

  @Test
  void undeliveredClaimedFailedAndParkedEventsAreKeptHoweverOld_M5() {
    PlacedOrder claimed = place(1);
    PlacedOrder failed = place(1);
    PlacedOrder parked = place(1);
    Instant now = clock.instant();
    List<EventEntry> batch = events().claim(100, now, LEASE);
    assertThat(batch).hasSize(3);
    for (EventEntry entry : batch) {
      String id = entry.event().aggregateId();
      if (id.equals(failed.order().id().value())) {
        assertThat(events().failed(entry, now.plus(Duration.ofDays(3650)), "503")).isTrue();
      } else if (id.equals(parked.order().id().value())) {
        assertThat(events().parked(entry, now, "HTTP 410")).isTrue();
      } else {
        assertThat(id).isEqualTo(claimed.order().id().value()); // leased, never marked
      }
    }
    PlacedOrder pending = place(1); // never claimed
    clock.advance(Duration.ofDays(3650));

    assertThat(retention(100).sweepOnce()).isZero();
    assertThat(events().removeDelivered(clock.instant().plus(Duration.ofDays(3650)), 100))
        .as("not even with a cut-off in the far future").isZero();
    assertThat(events().backlog()).isEqualTo(3);
    assertThat(events().parked(Optional.empty(), 10)).extracting(p -> p.event().aggregateId())
        .containsExactly(parked.order().id().value());
    assertThat(events().claim(100, clock.instant(), LEASE))
        .extracting(e -> e.event().aggregateId()).containsExactlyInAnyOrder(
            pending.order().id().value(), claimed.order().id().value(),
            failed.order().id().value());
  }

  @Test
  void removingDeliveredEventsKeepsTheOrderOfWhatIsStillToDeliver_M5() {
    PlacedOrder order = place(1);
    VoucherId id = order.voucher(0);
    assign(id);
    assign(id); // a resend
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(AGENT, VoucherRef.id(id))));
    Instant now = clock.instant();
    // the order's event and the voucher's first delivered, its second parked, its third held
    assertThat(events().claim(100, now, LEASE)).hasSize(2)
        .allSatisfy(entry -> assertThat(events().delivered(entry, now)).isTrue());
    EventEntry second = events().claim(100, now, LEASE).get(0);
    assertThat(events().parked(second, now, "HTTP 410")).isTrue();
    clock.advance(RETENTION.plus(Duration.ofDays(30)));

    assertThat(retention(100).sweepOnce()).isEqualTo(2);

    assertThat(events().claim(100, clock.instant(), LEASE)).as("still held").isEmpty();
    assertThat(new ParkedEvents(events(), clock).retry(new RetryParkedEvent.Command(SUPPORT,
        second.event().id().toString())).isRight()).isTrue();
    assertThat(drainAll()).extracting(Event::body).containsExactly(
        NewEvent.voucherMovedBody(id.value(), "ASSIGNED", "ASSIGNED"),
        NewEvent.voucherMovedBody(id.value(), "ASSIGNED", "REDEEMED"));
  }

  @Test
  void aSweepRemovesAtMostItsBatchTheEarliestDeliveredFirst_M5() {
    for (int i = 0; i < 5; i++) {
      place(1);
      assertThat(deliverAllNow()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(1)); // delivered a minute apart
    }
    EventRetention sweep = retention(2);
    // the cut-off passes the third delivery only
    clock.set(START.plus(RETENTION).plus(Duration.ofMinutes(2)).plusSeconds(1));

    assertThat(sweep.sweepOnce()).isEqualTo(2);
    assertThat(sweep.sweepOnce()).isEqualTo(1);
    assertThat(sweep.sweepOnce()).isZero();
    clock.advance(Duration.ofDays(1));
    assertThat(sweep.drain(10)).isEqualTo(2);
    assertThat(events().removeDelivered(clock.instant(), 1)).isZero();
  }

  @Test
  void theCutOffIsTheInjectedClocksTimeLessTheRetention_M5() {
    place(1);
    assertThat(deliverAllNow()).isEqualTo(1);
    EventRetention sweep = retention(10);
    assertThat(sweep.cutOff()).isEqualTo(clock.instant().minus(RETENTION));

    // the wall clock is months past the delivery; the programme's clock is not
    assertThat(sweep.sweepOnce()).isZero();
    clock.advance(RETENTION);
    assertThat(sweep.sweepOnce()).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(sweep.cutOff()).isEqualTo(START.plusMillis(1));
    assertThat(sweep.sweepOnce()).isEqualTo(1);
  }
}
