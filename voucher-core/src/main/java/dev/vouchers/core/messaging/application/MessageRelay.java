// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.MessageLinks;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.Outbox.Entry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S-2, I-1: delivers an outbox, the same for every kind of message. Each {@link #relayOnce()}
 * claims a batch of due messages, builds each one's link ({@link MessageLinks#link}), hands it
 * to the {@link MessageDelivery} and marks it delivered, or failed with a retry time from the
 * {@link Outbox.Backoff}. Plain Java: call it from any scheduler (several relays, in one
 * process or many, may run at once: a claim is a lease).
 *
 * <pre>{@code
 * MessageRelay<ActivationMessage> activations = new MessageRelay<>(storage.outbox(),
 *     mailer::sendActivation, programme.activationLinks(), Outbox.Backoff.standard(),
 *     Duration.ofMinutes(5), 50);
 * MessageRelay<InvitationMessage> invitations = new MessageRelay<>(storage.invitationOutbox(),
 *     mailer::sendInvitation, programme.invitationLinks(), Outbox.Backoff.standard(),
 *     Duration.ofMinutes(5), 50);
 * scheduler.scheduleWithFixedDelay(activations::relayOnce, 0, 10, TimeUnit.SECONDS);
 * scheduler.scheduleWithFixedDelay(invitations::relayOnce, 0, 10, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>G-2, I-2: a message overtaken before it went out ({@link MessageLinks#current} false: an
 * activation link withdrawn or redirected by a resend, its order cancelled, its voucher
 * expired even before the sweep wrote it; an invitation resent, cancelled or expired) is
 * dropped unsent. A message that can never be delivered (a
 * {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}, or its last allowed
 * attempt failed) is parked, where {@link Outbox#parkedCount()} shows it.
 *
 * <p>Delivery is at least once (see {@link MessageDelivery}). The lease must be longer than a
 * batch takes to deliver; a relay whose lease ran out finds its marks refused
 * ({@link RelayRun#lost()}), and the message is delivered again by whoever claimed it since.
 *
 * @param <M> the kind of message
 */
public final class MessageRelay<M extends OutboxMessage> {
  private static final Logger LOG = LoggerFactory.getLogger(MessageRelay.class);

  private final Outbox<M> outbox;
  private final Clock clock;
  private final Duration lease;
  private final int batchSize;
  private final RelayLoop<Entry<M>> loop;

  /**
   * A relay that parks a message after {@value #DEFAULT_MAX_ATTEMPTS} failed attempts.
   *
   * @param outbox the outbox to deliver
   * @param delivery what sends a message
   * @param links the programme's links for this kind of message, and its clock
   *     ({@code VoucherProgramme.activationLinks()} or {@code invitationLinks()})
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   */
  public MessageRelay(Outbox<M> outbox, MessageDelivery<M> delivery, MessageLinks<M> links,
      Outbox.Backoff backoff, Duration lease, int batchSize) {
    this(outbox, delivery, links, backoff, lease, batchSize, DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * A relay.
   *
   * @param outbox the outbox to deliver
   * @param delivery what sends a message
   * @param links the programme's links for this kind of message, and its clock
   *     ({@code VoucherProgramme.activationLinks()} or {@code invitationLinks()})
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   * @param maxAttempts how many attempts a message gets; it is parked when the last one fails
   *     (at once on a {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}),
   *     positive
   */
  public MessageRelay(Outbox<M> outbox, MessageDelivery<M> delivery, MessageLinks<M> links,
      Outbox.Backoff backoff, Duration lease, int batchSize, int maxAttempts) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(links, "links");
    this.clock = links.clock();
    this.lease = RelayLoop.positiveLease(lease);
    this.batchSize = RelayLoop.positiveBatch(batchSize);
    this.loop = new RelayLoop<>(new RelayLoop.Messages<>() {
      @Override
      public MessageId id(Entry<M> entry) {
        return entry.message().id();
      }

      @Override
      public int attempts(Entry<M> entry) {
        return entry.attempts();
      }

      @Override
      public boolean current(Entry<M> entry) {
        // G-2, I-2: a later send, a withdrawal, a cancellation or the expiry overtook it
        return links.current(entry.message());
      }

      @Override
      public URI link(Entry<M> entry) {
        return links.link(entry.message());
      }

      @Override
      public void deliver(Entry<M> entry, URI link) throws Exception {
        delivery.deliver(entry.message(), link);
      }

      @Override
      public boolean delivered(Entry<M> entry, Instant at) {
        return outbox.delivered(entry, at);
      }

      @Override
      public boolean dropped(Entry<M> entry, Instant at) {
        return outbox.dropped(entry, at);
      }

      @Override
      public boolean failed(Entry<M> entry, Instant retryAt, String error) {
        return outbox.failed(entry, retryAt, error);
      }

      @Override
      public boolean parked(Entry<M> entry, Instant at, String error) {
        return outbox.parked(entry, at, error);
      }
    }, Objects.requireNonNull(backoff, "backoff"), maxAttempts, clock, LOG, links.kind(),
        links.maskedLink());
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
