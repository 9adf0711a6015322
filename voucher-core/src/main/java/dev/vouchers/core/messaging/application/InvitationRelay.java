// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.messaging.port.out.InvitationDelivery;
import dev.vouchers.core.messaging.port.out.InvitationLinks;
import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * I-1: delivers the invitation outbox, as {@link OutboxRelay} delivers the voucher outbox.
 * Each {@link #relayOnce()} claims a batch of due messages, opens each one's token into its
 * link ({@link InvitationLinks#invitationUrl}), hands it to the {@link InvitationDelivery} and
 * marks it delivered, or failed with a retry time from the {@link Outbox.Backoff}. A message
 * whose invitation moved on since (resent, cancelled, expired) is marked dropped unsent: its
 * link would be dead. A message that can never be delivered is parked, as in
 * {@link OutboxRelay}. Several
 * relays may run at once: a claim is a lease. Delivery is at least once.
 *
 * <pre>{@code
 * InvitationRelay relay = new InvitationRelay(storage.invitationOutbox(), mailer::send,
 *     programme, Outbox.Backoff.standard(), Duration.ofMinutes(5), 50);
 * scheduler.scheduleWithFixedDelay(relay::relayOnce, 0, 10, TimeUnit.SECONDS);
 * }</pre>
 */
public final class InvitationRelay {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationRelay.class);
  /** What an invitation link is replaced with in a stored error: whoever holds it may accept. */
  public static final String MASKED_LINK = "<invitation link>";

  private final InvitationOutbox outbox;
  private final InvitationDelivery delivery;
  private final InvitationLinks programme;
  private final Clock clock;
  private final Outbox.Backoff backoff;
  private final Duration lease;
  private final int batchSize;
  private final RelayLoop<InvitationOutbox.Entry> loop;

  /**
   * A relay that parks a message after {@value OutboxRelay#DEFAULT_MAX_ATTEMPTS} failed
   * attempts.
   *
   * @param outbox the invitation outbox to deliver
   * @param delivery what sends a message
   * @param programme the programme whose messages these are (links, clock): a
   *     {@code VoucherProgramme}
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   */
  public InvitationRelay(InvitationOutbox outbox, InvitationDelivery delivery,
      InvitationLinks programme, Outbox.Backoff backoff, Duration lease, int batchSize) {
    this(outbox, delivery, programme, backoff, lease, batchSize,
        OutboxRelay.DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * A relay.
   *
   * @param outbox the invitation outbox to deliver
   * @param delivery what sends a message
   * @param programme the programme whose messages these are (links, clock): a
   *     {@code VoucherProgramme}
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   * @param maxAttempts how many attempts a message gets; it is parked when the last one fails
   *     (at once on a {@link dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure}), positive
   */
  public InvitationRelay(InvitationOutbox outbox, InvitationDelivery delivery,
      InvitationLinks programme, Outbox.Backoff backoff, Duration lease, int batchSize,
      int maxAttempts) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.programme = Objects.requireNonNull(programme, "programme");
    this.clock = programme.clock();
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.lease = RelayLoop.positiveLease(lease);
    this.batchSize = RelayLoop.positiveBatch(batchSize);
    this.loop = new RelayLoop<>(new RelayLoop.Messages<>() {
      @Override
      public MessageId id(InvitationOutbox.Entry entry) {
        return entry.message().id();
      }

      @Override
      public int attempts(InvitationOutbox.Entry entry) {
        return entry.attempts();
      }

      @Override
      public boolean current(InvitationOutbox.Entry entry) {
        // I-2: a resend, a cancellation or the expiry overtook it; its link would be dead
        return programme.invitationCurrent(entry.message());
      }

      @Override
      public URI link(InvitationOutbox.Entry entry) {
        return programme.invitationUrl(entry.message());
      }

      @Override
      public void deliver(InvitationOutbox.Entry entry, URI link) throws Exception {
        delivery.deliver(entry.message(), link);
      }

      @Override
      public boolean delivered(InvitationOutbox.Entry entry, Instant at) {
        return outbox.delivered(entry, at);
      }

      @Override
      public boolean dropped(InvitationOutbox.Entry entry, Instant at) {
        return outbox.dropped(entry, at);
      }

      @Override
      public boolean failed(InvitationOutbox.Entry entry, Instant retryAt, String error) {
        return outbox.failed(entry, retryAt, error);
      }

      @Override
      public boolean parked(InvitationOutbox.Entry entry, Instant at, String error) {
        return outbox.parked(entry, at, error);
      }
    }, backoff, maxAttempts, clock, LOG, "invitation message", MASKED_LINK);
  }

  /**
   * Claims one batch and delivers it, one message after the other. A message that fails does
   * not stop the others; only a failure of the outbox itself (storage) is thrown.
   *
   * @return what the run did (the same counts as {@link OutboxRelay.RelayRun}; a message
   *     overtaken by its invitation counts as dropped)
   */
  public OutboxRelay.RelayRun relayOnce() {
    return loop.deliver(outbox.claim(batchSize, clock.instant(), lease));
  }



}
