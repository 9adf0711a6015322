// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.EventRelay;
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
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * M-5: the contract of the event outbox, run over each adapter. The outbox hands events out at
 * least once, in order per aggregate, to several claimants safely, retries with backoff and
 * parks what cannot be delivered, where staff see it and retry it; its other parts are
 * {@link EventWritesContract} (every change writes its event) and
 * {@link EventRetentionContract} (delivered events are removed after the retention).
 */
public abstract class EventOutboxContract extends EventRetentionContract {
  @Test
  void eventsOfOneAggregateAreDeliveredInOrder_M5() {
    PlacedOrder order = place(2);
    VoucherId id = order.voucher(0);
    assign(id);
    assign(id); // a resend: ASSIGNED -> ASSIGNED
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(id))));
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
  void aStaleClaimCannotFailOrParkTheEventAndOnlyAParkedEventIsRetried_M5() {
    place(1);
    Instant now = clock.instant();
    EventEntry stale = events().claim(10, now, LEASE).get(0);
    Instant later = now.plus(LEASE);
    EventEntry current = events().claim(10, later, LEASE).get(0);

    assertThat(events().failed(stale, later, "timed out")).isFalse();
    assertThat(events().parked(stale, later, "HTTP 410")).isFalse();
    assertThat(events().parked(Optional.empty(), 10)).isEmpty();
    assertThat(events().retry(current.event().id(), later)).as("not parked").isFalse();
    assertThat(events().failed(current, later, "timed out")).isTrue();
    assertThat(events().backlog()).isEqualTo(1);
    EventEntry third = events().claim(10, later, LEASE).get(0);
    assertThat(events().parked(third, later, "HTTP 410")).isTrue();
    assertThat(events().retry(third.event().id(), later)).isTrue();
    assertThat(events().retry(third.event().id(), later)).as("retried already").isFalse();
  }

  @Test
  void aParkedEventIsListedHoldsItsAggregateAndCanBeRetried_M5() {
    PlacedOrder order = place(1);
    VoucherId id = order.voucher(0);
    assign(id);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(id))));
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
      require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
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

}
