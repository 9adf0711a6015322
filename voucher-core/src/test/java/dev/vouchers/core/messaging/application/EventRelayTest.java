// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.EventId;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-5: the event relay hands every change to the delivery once, with its stable event id, marks
 * it, retries a failure after its backoff and parks what can never be delivered (issue 18,
 * session 6: the core had no test of {@link EventRelay}; the Spring and webhook modules use it).
 */
class EventRelayTest {
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Outbox.Backoff BACKOFF =
      new Outbox.Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final EventOutbox outbox = f.store.eventOutbox();
  /** Every event handed to the delivery, in order. */
  private final List<Event> handed = new ArrayList<>();

  private EventRelay relay(int batchSize, int maxAttempts, EventDelivery delivery) {
    return new EventRelay(outbox, event -> {
      handed.add(event);
      delivery.deliver(event);
    }, f.clock, BACKOFF, LEASE, batchSize, maxAttempts);
  }

  private List<String> orders(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Order order = f.order(line(SMIME_1Y, 1));
      ids.add(order.id().value());
    }
    return ids;
  }

  @Test
  void everyEventIsHandedOverOnceWithItsIdAndThenMarkedDelivered_M5() {
    List<String> orders = orders(2);
    EventRelay relay = relay(10, 3, event -> { });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(2, 2, 0, 0, 0, 0));
    assertThat(handed).extracting(Event::aggregateId).containsExactlyInAnyOrderElementsOf(orders);
    assertThat(handed).extracting(Event::id).doesNotHaveDuplicates();

    f.advance(Duration.ofHours(2));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0, 0, 0));
    assertThat(handed).hasSize(2);
  }

  @Test
  void aFailedEventIsTriedAgainAfterItsBackoffWithTheSameIdAndParkedAfterItsLastAttempt_M5() {
    orders(1);
    EventRelay relay = relay(10, 2, event -> {
      throw new IOException("receiver unavailable");
    });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 1, 0, 0, 0));
    assertThat(relay.relayOnce()).as("not before its backoff").isEqualTo(
        new RelayRun(0, 0, 0, 0, 0, 0));
    f.advance(Duration.ofSeconds(31));
    assertThat(relay.relayOnce()).as("its second and last attempt").isEqualTo(
        new RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(handed).hasSize(2).extracting(Event::id).containsOnly(handed.get(0).id());
    f.advance(Duration.ofHours(2));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0, 0, 0));
    assertThat(new ParkedEvents(outbox, f.clock).list(new ListParkedEvents.Command(
        ProgrammeFixture.PM, Optional.empty(), 10)).get()).hasSize(1);
  }

  @Test
  void anEventRefusedForGoodIsParkedAtItsFirstAttempt_M5() {
    orders(1);
    EventRelay relay = relay(10, 5, event -> {
      throw new PermanentDeliveryFailure("HTTP 410 Gone");
    });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
    f.advance(Duration.ofHours(2));
    assertThat(relay.relayOnce().claimed()).isZero();
    EventId parked = handed.get(0).id();
    assertThat(new ParkedEvents(outbox, f.clock).retry(
        new RetryParkedEvent.Command(ProgrammeFixture.PM, parked.toString())).get())
        .isEqualTo(parked.toString());
  }

  @Test
  void aDrainRunsBatchesUntilOneClaimsNothingOrItsLimit_M5() {
    orders(3);
    EventRelay oneAtATime = relay(1, 3, event -> { });

    assertThat(oneAtATime.drain(1)).isEqualTo(1);
    assertThat(oneAtATime.drain(10)).isEqualTo(2);
    assertThat(oneAtATime.drain(10)).isZero();
    assertThat(handed).hasSize(3);
  }

  @Test
  void aRelayNeedsAPositiveLeaseAndBatchSize_M5() {
    EventDelivery nothing = event -> { };
    assertThatThrownBy(() -> new EventRelay(outbox, nothing, f.clock, BACKOFF, Duration.ZERO,
        10, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> new EventRelay(outbox, nothing, f.clock, BACKOFF,
        Duration.ofSeconds(-1), 10, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease");
    assertThatThrownBy(() -> new EventRelay(outbox, nothing, f.clock, BACKOFF, LEASE, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size");
    assertThatThrownBy(() -> new EventRelay(outbox, nothing, f.clock, BACKOFF, LEASE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new EventRelay(outbox, nothing, f.clock, BACKOFF, Duration.ofNanos(1), 1, 1)
        .relayOnce().claimed()).isZero();
  }

  @Test
  void marksThatComeAfterTheClaimPassedToAnotherRelayCountAsLost_M5() {
    orders(1);
    EventRelay second = relay(10, 3, event -> { });
    EventRelay slowButDelivers = relay(10, 3, event -> takenOverBy(second));
    assertThat(slowButDelivers.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));

    orders(1);
    EventRelay slowAndFails = relay(10, 3, event -> {
      takenOverBy(second);
      throw new IOException("timed out");
    });
    assertThat(slowAndFails.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));

    orders(1);
    EventRelay slowAndGivesUp = relay(10, 1, event -> {
      takenOverBy(second);
      throw new IOException("timed out");
    });
    assertThat(slowAndGivesUp.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));
    assertThat(new ParkedEvents(outbox, f.clock).list(new ListParkedEvents.Command(
        ProgrammeFixture.PM, Optional.empty(), 10)).get()).isEmpty();
  }

  /** The claim's lease runs out while the delivery takes long; another relay delivers it. */
  private void takenOverBy(EventRelay second) {
    if (handed.size() % 2 == 1) {
      f.advance(LEASE.plusSeconds(1));
      assertThat(second.relayOnce().delivered()).isEqualTo(1);
    }
  }
}
