// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.EventRetention;
import dev.vouchers.core.messaging.application.ParkedEvents;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Part of the event outbox's contract ({@link EventOutboxContract} runs every part), M-5 and
 * ADR 0057: delivered events older than the retention are removed in bounded batches, the
 * earliest first; nothing still to deliver is ever removed.
 */
public abstract class EventRetentionContract extends EventWritesContract {
  // ---------------------------------------------------------------- retention (ADR 0057)

  static final Duration RETENTION = Duration.ofDays(7);

  /** Claims and delivers every due event at the clock's time; how many were delivered. */
  int deliverAllNow() {
    return drainAll().size();
  }

  EventRetention retention(int batchSize) {
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
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
        VoucherRef.id(id))));
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
