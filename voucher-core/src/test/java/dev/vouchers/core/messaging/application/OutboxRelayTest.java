// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** S-2: the relay delivers each committed message at least once and marks it. */
class OutboxRelayTest {

  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Outbox.Backoff BACKOFF =
      new Outbox.Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final RecordingOutbox outbox = new RecordingOutbox(f.store.outbox());
  /** Every delivery attempt: the message and its link. */
  private final List<Map.Entry<ActivationMessage, URI>> attempts = new ArrayList<>();

  private MessageRelay<ActivationMessage> relay(MessageDelivery<ActivationMessage> delivery) {
    return new MessageRelay<>(outbox, (message, link) -> {
      attempts.add(Map.entry(message, link));
      delivery.deliver(message, link);
    }, f.programme.activationLinks(), BACKOFF, LEASE, 10);
  }

  private VoucherId sent() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
        voucher.id(),
        "jane@customer.example", "Hello")));
    return voucher.id();
  }

  @Test
  void aSentLinkIsDeliveredOnceWithItsLinkTokenAndNotAgain_S2_G2() {
    VoucherId voucher = sent();
    MessageRelay<ActivationMessage> relay = relay((message, link) -> { });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(attempts).singleElement().satisfies(a -> {
      assertThat(a.getKey().voucher()).isEqualTo(voucher);
      assertThat(a.getValue().toString()).startsWith(REDEEM + "?link=")
          .doesNotContain(f.view(voucher).code());
    });
    assertThat(f.store.outbox().backlog()).isZero();

    f.advance(LEASE.multipliedBy(10));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));
    assertThat(attempts).hasSize(1);
  }

  @Test
  void aFailedDeliveryIsMarkedAndRetriedOnlyAfterItsBackoff_S2() {
    sent();
    AtomicInteger calls = new AtomicInteger();
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      if (calls.incrementAndGet() == 1) {
        throw new IOException("mail server unavailable");
      }
    });
    Instant failedAt = f.clock.instant();

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 1, 0));
    assertThat(outbox.errors).containsExactly("java.io.IOException: mail server unavailable");
    assertThat(outbox.retryTimes).singleElement().satisfies(t -> assertThat(t)
        .isBetween(failedAt.plus(Duration.ofSeconds(24)), failedAt.plus(Duration.ofSeconds(30))));
    assertThat(f.store.outbox().backlog()).isEqualTo(1);

    f.advance(Duration.ofSeconds(23)); // before the earliest retry time (30 s less a fifth)
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));

    f.advance(Duration.ofSeconds(7));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(attempts).hasSize(2);
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void oneFailingMessageDoesNotHoldUpTheRestOfTheBatch_S2() {
    VoucherId first = sent();
    sent();
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      if (message.voucher().equals(first)) {
        throw new IllegalStateException("rejected recipient");
      }
    });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(2, 1, 1, 0));
    assertThat(f.store.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void theStoredErrorIsShortAndNeverHoldsTheLinkWithItsCode_S2_C5() {
    VoucherId voucher = sent();
    String code = f.view(voucher).code();
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      throw new IOException("could not send " + link + " " + "x".repeat(2000));
    });

    assertThat(relay.relayOnce().failed()).isEqualTo(1);

    assertThat(outbox.errors).singleElement().satisfies(error -> {
      assertThat(error).startsWith("java.io.IOException: could not send <redemption link> xxx")
          .doesNotContain(code).hasSize(RelayLoop.MAX_ERROR).endsWith("...");
    });
  }

  @Test
  void aRelayWhoseLeaseRanOutAndWasClaimedAgainCountsItsMarkAsLost_S2() {
    sent();
    MessageRelay<ActivationMessage> second = relay((message, link) -> { });
    RelayRun[] secondRun = new RelayRun[1];
    MessageRelay<ActivationMessage> first = relay((message, link) -> {
      // a slow delivery: the lease runs out and another relay claims and delivers the message
      f.advance(LEASE.plusSeconds(1));
      secondRun[0] = second.relayOnce();
    });

    assertThat(first.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1));
    assertThat(secondRun[0]).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(attempts).hasSize(2); // at least once: both relays sent it
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void aRelayNeedsAPositiveLeaseAndBatchSize() {
    assertThatThrownBy(() -> new MessageRelay<>(outbox, (m, l) -> { },
        f.programme.activationLinks(), BACKOFF, Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MessageRelay<>(outbox, (m, l) -> { },
        f.programme.activationLinks(), BACKOFF, LEASE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersWithoutSentLinksGiveTheRelayNothingToDo_S2() {
    f.order(line(SMIME_1Y, 3));
    assertThat(relay((message, link) -> { }).relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));
  }

  private MessageRelay<ActivationMessage> relay(int maxAttempts,
      MessageDelivery<ActivationMessage> delivery) {
    return new MessageRelay<>(outbox, (message, link) -> {
      attempts.add(Map.entry(message, link));
      delivery.deliver(message, link);
    }, f.programme.activationLinks(), BACKOFF, LEASE, 10, maxAttempts);
  }

  @Test
  void aMessageWhoseLastAllowedAttemptFailsIsParkedAndNotTriedAgain_S2() {
    sent();
    MessageRelay<ActivationMessage> relay = relay(2, (message, link) -> {
      throw new IOException("mail server unavailable");
    });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 1, 0, 0, 0));
    f.advance(Duration.ofSeconds(30));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(f.store.outbox().parkedCount()).isEqualTo(1);
    assertThat(f.store.outbox().backlog()).isZero();

    f.advance(Duration.ofDays(1));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));
    assertThat(attempts).hasSize(2);
  }

  @Test
  void aPermanentFailureParksTheMessageAtItsFirstAttempt_S2() {
    sent();
    MessageRelay<ActivationMessage> relay = relay(5, (message, link) -> {
      throw new PermanentDeliveryFailure("550 5.1.1 no such user");
    });

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(outbox.errors).singleElement().asString().contains("550 5.1.1 no such user");
    assertThat(f.store.outbox().parkedCount()).isEqualTo(1);
  }

  @Test
  void aRelayAllowsOneAttemptAtLeast_S2() {
    sent();
    assertThatThrownBy(() -> relay(0, (message, link) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    MessageRelay<ActivationMessage> once = relay(1, (message, link) -> {
      throw new IOException("mail server unavailable");
    });
    assertThat(once.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 0, 1, 0));
  }

  @Test
  void eachFurtherFailureWaitsTwiceAsLong_S2() {
    sent();
    MessageRelay<ActivationMessage> relay = relay((message, link) -> {
      throw new IOException("mail server unavailable");
    });
    relay.relayOnce();
    f.advance(Duration.ofSeconds(30));
    Instant secondFailure = f.clock.instant();

    assertThat(relay.relayOnce().failed()).isEqualTo(1);

    assertThat(outbox.retryTimes).hasSize(2);
    assertThat(outbox.retryTimes.get(1)).isBetween(secondFailure.plusSeconds(48),
        secondFailure.plusSeconds(60));
  }

  @Test
  void aMessageOvertakenByAWithdrawalIsDroppedUnsent_G2() {
    VoucherId voucher = sent();
    ok(f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(ALICE, voucher, "wrong address")));

    assertThat(relay((message, link) -> { }).relayOnce())
        .isEqualTo(new RelayRun(1, 0, 0, 0, 0, 1));
    assertThat(attempts).isEmpty();
    assertThat(f.store.outbox().backlog()).isZero();
    assertThat(f.store.outbox().parkedCount()).isZero();
  }

  @Test
  void aDropMarkedAfterTheClaimPassedToAnotherRelayCountsAsLost_S2_G2() {
    VoucherId voucher = sent();
    ok(f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(ALICE, voucher, "wrong address")));
    outbox.lateDrops = true;

    assertThat(relay((message, link) -> { }).relayOnce())
        .isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));
    assertThat(attempts).isEmpty();
  }

  @Test
  void aFailureMarkedAfterTheClaimPassedToAnotherRelayCountsAsLost_S2() {
    sent();
    MessageRelay<ActivationMessage> second = relay((message, link) -> { });
    MessageRelay<ActivationMessage> first = relay(1, (message, link) -> {
      if (attempts.size() == 1) {
        f.advance(LEASE.plusSeconds(1));
        second.relayOnce();
        throw new IOException("timed out");
      }
    });

    assertThat(first.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));
    assertThat(f.store.outbox().parkedCount()).isZero();
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void aRetryMarkedAfterTheClaimPassedToAnotherRelayCountsAsLost_S2() {
    sent();
    MessageRelay<ActivationMessage> second = relay((message, link) -> { });
    MessageRelay<ActivationMessage> first = relay((message, link) -> {
      if (attempts.size() == 1) {
        f.advance(LEASE.plusSeconds(1));
        second.relayOnce();
        throw new IOException("timed out");
      }
    });

    assertThat(first.relayOnce()).isEqualTo(new RelayRun(1, 0, 0, 1, 0, 0));
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void anInterruptedRelayStopsAndLeavesTheRestOfItsBatch_S2() {
    sent();
    sent();
    MessageRelay<ActivationMessage> relay = relay(1, (message, link) -> {
      throw new InterruptedException("shutting down");
    });
    try {
      RelayRun run = relay.relayOnce();

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(run).isEqualTo(new RelayRun(2, 0, 1, 0, 0, 0));
      assertThat(attempts).hasSize(1);
      assertThat(f.store.outbox().parkedCount()).isZero();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anErrorWithoutAMessageIsNamedByItsClass_S2() {
    assertThat(RelayLoop.describe(new IOException(), null, "<link>"))
        .isEqualTo("java.io.IOException");
    String exact = "x".repeat(RelayLoop.MAX_ERROR - "java.io.IOException: ".length());
    assertThat(RelayLoop.describe(new IOException(exact), null, "<link>"))
        .isEqualTo("java.io.IOException: " + exact);
  }

  /** The in-memory outbox, recording what failures were marked with. */
  private static final class RecordingOutbox implements Outbox<ActivationMessage> {
    private final Outbox<ActivationMessage> delegate;
    final List<String> errors = new ArrayList<>();
    final List<Instant> retryTimes = new ArrayList<>();
    boolean lateDrops;

    RecordingOutbox(Outbox<ActivationMessage> delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<Outbox.Entry<ActivationMessage>> claim(int max, Instant now, Duration lease) {
      return delegate.claim(max, now, lease);
    }

    @Override
    public boolean delivered(Outbox.Entry<ActivationMessage> claimed, Instant at) {
      return delegate.delivered(claimed, at);
    }

    @Override
    public boolean failed(Outbox.Entry<ActivationMessage> claimed, Instant retryAt, String error) {
      errors.add(error);
      retryTimes.add(retryAt);
      return delegate.failed(claimed, retryAt, error);
    }

    @Override
    public boolean dropped(Outbox.Entry<ActivationMessage> claimed, Instant at) {
      // a mark that comes too late: another relay holds the claim by then
      return !lateDrops && delegate.dropped(claimed, at);
    }

    @Override
    public boolean parked(Outbox.Entry<ActivationMessage> claimed, Instant at, String error) {
      errors.add(error);
      return delegate.parked(claimed, at, error);
    }

    @Override
    public long backlog() {
      return delegate.backlog();
    }

    @Override
    public long parkedCount() {
      return delegate.parkedCount();
    }

    @Override
    public java.util.Optional<java.time.Instant> oldestUndelivered() {
      return delegate.oldestUndelivered();
    }
  }
}
