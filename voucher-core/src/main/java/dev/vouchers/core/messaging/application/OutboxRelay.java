// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.messaging.port.out.ActivationLinks;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox.OutboxEntry;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S-2: delivers the outbox. Each {@link #relayOnce()} claims a batch of due messages, builds
 * each one's link ({@link ActivationLinks#redemptionUrl}), hands it to the
 * {@link MessageDelivery} and marks it delivered, or failed with a retry time from the
 * {@link Outbox.Backoff}. Plain Java: call it from any scheduler (several relays, in one
 * process or many, may run at once: a claim is a lease).
 *
 * <pre>{@code
 * OutboxRelay relay = new OutboxRelay(outbox, mailer::send, programme,
 *     Outbox.Backoff.standard(), Duration.ofMinutes(5), 50);
 * scheduler.scheduleWithFixedDelay(relay::relayOnce, 0, 10, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>G-2: a message overtaken before it went out (its link withdrawn or redirected by a resend,
 * its order cancelled, its voucher expired, even before the sweep wrote the expiry) is dropped
 * unsent ({@link ActivationLinks#activationCurrent}). A message that can never be delivered
 * (a {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}, or its last allowed attempt
 * failed) is parked, where {@link Outbox#parkedCount()} shows it.
 *
 * <p>Delivery is at least once (see {@link MessageDelivery}). The lease must be longer than a
 * batch takes to deliver; a relay whose lease ran out finds its marks refused
 * ({@link RelayRun#lost()}), and the message is delivered again by whoever claimed it since.
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final Outbox outbox;
  private final MessageDelivery delivery;
  private final ActivationLinks programme;
  private final Clock clock;
  private final Outbox.Backoff backoff;
  private final Duration lease;
  private final int batchSize;
  private final RelayLoop<OutboxEntry> loop;

  /**
   * A relay that parks a message after {@value RelayLoop#DEFAULT_MAX_ATTEMPTS} failed attempts.
   *
   * @param outbox the outbox to deliver
   * @param delivery what sends a message
   * @param programme the programme whose messages these are (links, clock): a
   *     {@code VoucherProgramme}
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   */
  public OutboxRelay(Outbox outbox, MessageDelivery delivery, ActivationLinks programme,
      Outbox.Backoff backoff, Duration lease, int batchSize) {
    this(outbox, delivery, programme, backoff, lease, batchSize, DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * A relay.
   *
   * @param outbox the outbox to deliver
   * @param delivery what sends a message
   * @param programme the programme whose messages these are (links, clock): a
   *     {@code VoucherProgramme}
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   * @param maxAttempts how many attempts a message gets; it is parked when the last one fails
   *     (at once on a {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}), positive
   */
  public OutboxRelay(Outbox outbox, MessageDelivery delivery, ActivationLinks programme,
      Outbox.Backoff backoff, Duration lease, int batchSize, int maxAttempts) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.programme = Objects.requireNonNull(programme, "programme");
    this.clock = programme.clock();
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.lease = RelayLoop.positiveLease(lease);
    this.batchSize = RelayLoop.positiveBatch(batchSize);
    this.loop = new RelayLoop<>(new RelayLoop.Messages<>() {
      @Override
      public MessageId id(OutboxEntry entry) {
        return entry.message().id();
      }

      @Override
      public int attempts(OutboxEntry entry) {
        return entry.attempts();
      }

      @Override
      public boolean current(OutboxEntry entry) {
        // G-2: a withdrawal, a resend, the order's cancellation or the expiry overtook it
        return programme.activationCurrent(entry.message());
      }

      @Override
      public URI link(OutboxEntry entry) {
        return programme.redemptionUrl(entry.message());
      }

      @Override
      public void deliver(OutboxEntry entry, URI link) throws Exception {
        delivery.deliver(entry.message(), link);
      }

      @Override
      public boolean delivered(OutboxEntry entry, Instant at) {
        return outbox.delivered(entry, at);
      }

      @Override
      public boolean dropped(OutboxEntry entry, Instant at) {
        return outbox.dropped(entry, at);
      }

      @Override
      public boolean failed(OutboxEntry entry, Instant retryAt, String error) {
        return outbox.failed(entry, retryAt, error);
      }

      @Override
      public boolean parked(OutboxEntry entry, Instant at, String error) {
        return outbox.parked(entry, at, error);
      }
    }, backoff, maxAttempts, clock, LOG, "message", "<redemption link>");
  }

  /** How many attempts a message gets unless the relay is told otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = RelayLoop.DEFAULT_MAX_ATTEMPTS;

  /**
   * What one run did. {@code claimed} is the sum of the others, except when the thread was
   * interrupted: then the rest of the batch is left to its lease.
   *
   * @param claimed messages claimed
   * @param delivered messages delivered and marked so
   * @param failed messages whose delivery threw, marked to be retried
   * @param lost messages whose mark did not apply: the lease ran out and another relay claimed
   *     them (a delivered one may be sent twice, S-2)
   * @param parked messages that can never be delivered (a permanent failure, or their last
   *     attempt failed), parked and not tried again
   * @param dropped messages overtaken before they went out (G-2, I-2), marked dropped unsent
   */
  public record RelayRun(int claimed, int delivered, int failed, int lost, int parked,
      int dropped) {

    /** A run that parked and dropped nothing. */
    public RelayRun(int claimed, int delivered, int failed, int lost) {
      this(claimed, delivered, failed, lost, 0, 0);
    }
  }

  /**
   * Claims one batch and delivers it, one message after the other. A message that fails does
   * not stop the others; only a failure of the outbox itself (storage) is thrown.
   */
  public RelayRun relayOnce() {
    return loop.deliver(outbox.claim(batchSize, clock.instant(), lease));
  }



}
