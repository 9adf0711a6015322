// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.messaging.application.EventRelay;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.testkit.contract.ProgrammeOverStorage;
import dev.vouchers.webhooks.LoopbackReceiver.Received;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * M-5, end to end: changes write their events; a relay posts them as signed webhooks to a real
 * HTTP server; the sender is killed twice mid-delivery (once right after a POST was answered
 * and before it was marked, as a process dies; once while a POST is in flight, its thread
 * interrupted); a new relay started afterwards delivers the rest. Every event arrives, in order
 * per aggregate, and the duplicates carry the same id and body. Run over each outbox.
 */
abstract class WebhookKillScenario extends ProgrammeOverStorage {
  private static final WebhookSignature SIGNATURE = WebhookSignature.of("kill-test-secret-16");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final Outbox.Backoff BACKOFF =
      new Outbox.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

  /** The event outbox of the storage under test. */
  protected abstract EventOutbox events();

  /** A process dying: an error no relay catches. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private EventRelay relay(EventDelivery delivery) {
    return new EventRelay(events(), delivery, clock, BACKOFF, LEASE, 5, 10);
  }

  private WebhookDelivery webhook(LoopbackReceiver receiver) {
    return new WebhookDelivery(receiver.url(), SIGNATURE, clock, Duration.ofSeconds(30));
  }

  /** The changes: 3 orders of 20, 20 vouchers assigned, 10 redeemed, one order cancelled. */
  private int makeChanges() {
    PlacedOrder first = place(20);
    PlacedOrder second = place(20);
    place(20);
    for (int i = 0; i < 20; i++) {
      require(programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(AGENT,
          first.voucher(i), "kunde@example.ch", "hello")));
    }
    for (int i = 0; i < 10; i++) {
      require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(AGENT,
          VoucherRef.id(first.voucher(i)))));
    }
    require(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(AGENT,
        second.order().id(), "kill test")));
    return 3 + 20 + 10 + 1 + 20;
  }

  @Test
  void aSenderKilledMidDeliveryLosesNoEventAndItsDuplicatesCarryTheSameId_M5()
      throws Exception {
    int events = makeChanges();
    try (LoopbackReceiver receiver = LoopbackReceiver.start(SIGNATURE, clock)) {
      // first life: dies right after its 7th POST was answered, before marking it delivered
      WebhookDelivery webhook = webhook(receiver);
      AtomicInteger posts = new AtomicInteger();
      EventRelay first = relay(event -> {
        webhook.deliver(event);
        if (posts.incrementAndGet() == 7) {
          throw new Crash();
        }
      });
      assertThatThrownBy(() -> {
        for (int run = 0; run < 100; run++) {
          first.relayOnce();
        }
      }).isInstanceOf(Crash.class);

      // second life: killed while a POST is in flight (the receiver has it, no answer yet)
      receiver.holdNext();
      EventRelay second = relay(webhook(receiver));
      ExecutorService sender = Executors.newSingleThreadExecutor();
      sender.submit(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          second.relayOnce();
        }
        return null;
      });
      receiver.awaitHeld();
      sender.shutdownNow();
      assertThat(sender.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      receiver.release();

      // restart: a new relay, after the dead claims' lease and the failed one's backoff
      clock.advance(LEASE.plus(Duration.ofMinutes(11)));
      EventRelay restarted = relay(webhook(receiver));
      restarted.drain(1_000);

      List<Received> received = receiver.received();
      Map<String, List<Received>> byId = received.stream()
          .collect(Collectors.groupingBy(Received::id));
      int duplicates = received.size() - byId.size();
      System.out.printf("M-5 webhook kill test (%s): events %d, deliveries %d, duplicates %d%n",
          getClass().getSimpleName(), events, received.size(), duplicates);

      assertThat(received).allSatisfy(r -> {
        assertThat(r.signed()).isTrue();
        assertThat(r.idHeader()).isEqualTo(r.id());
      });
      assertThat(byId).as("every event arrived").hasSize(events);
      assertThat(duplicates).as("the two killed deliveries came again").isGreaterThanOrEqualTo(2);
      byId.values().forEach(copies -> assertThat(copies).extracting(Received::body)
          .as("a duplicate is the same event").containsOnly(copies.get(0).body()));
      assertThat(events().backlog()).isZero();
      assertThat(events().parked(Optional.empty(), 10)).isEmpty();
      assertInOrderPerAggregate(received);
    }
  }

  /** No event arrived before an earlier event of its aggregate had arrived. */
  private static void assertInOrderPerAggregate(List<Received> received) {
    Map<String, TreeSet<Long>> all = new HashMap<>();
    received.forEach(r -> all.computeIfAbsent(r.aggregateId(), k -> new TreeSet<>())
        .add(r.sequence()));
    Map<String, Set<Long>> arrived = new HashMap<>();
    for (Received r : received) {
      Set<Long> before = arrived.computeIfAbsent(r.aggregateId(), k -> new HashSet<>());
      assertThat(before).as("before %s", r).containsAll(
          all.get(r.aggregateId()).headSet(r.sequence()));
      before.add(r.sequence());
    }
  }
}
