package dev.vouchers.core.application;

import dev.vouchers.core.domain.MessageId;
import dev.vouchers.core.port.out.InvitationDelivery;
import dev.vouchers.core.port.out.InvitationOutbox;
import dev.vouchers.core.port.out.Outbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * I-1: delivers the invitation outbox, as {@link OutboxRelay} delivers the voucher outbox.
 * Each {@link #relayOnce()} claims a batch of due messages, opens each one's token into its
 * link ({@link VoucherProgramme#invitationUrl}), hands it to the {@link InvitationDelivery} and
 * marks it delivered, or failed with a retry time from the {@link Outbox.Backoff}. A message
 * whose invitation moved on since (resent, cancelled, expired) is marked delivered unsent: its
 * link would be dead. Several
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

  private final InvitationOutbox outbox;
  private final InvitationDelivery delivery;
  private final VoucherProgramme programme;
  private final Clock clock;
  private final Outbox.Backoff backoff;
  private final Duration lease;
  private final int batchSize;

  /**
   * A relay.
   *
   * @param outbox the invitation outbox to deliver
   * @param delivery what sends a message
   * @param programme the programme whose messages these are (links, clock)
   * @param backoff when a failed message is tried again
   * @param lease how long a claim is this relay's, positive
   * @param batchSize how many messages one run claims, positive
   */
  public InvitationRelay(InvitationOutbox outbox, InvitationDelivery delivery,
      VoucherProgramme programme, Outbox.Backoff backoff, Duration lease, int batchSize) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.programme = Objects.requireNonNull(programme, "programme");
    this.clock = programme.clock();
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.lease = Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive, got " + lease);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be positive, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Claims one batch and delivers it, one message after the other. A message that fails does
   * not stop the others; only a failure of the outbox itself (storage) is thrown.
   *
   * @return what the run did (the same counts as {@link OutboxRelay.RelayRun}; a message
   *     overtaken by its invitation counts as delivered, since it is done)
   */
  public OutboxRelay.RelayRun relayOnce() {
    List<InvitationOutbox.Entry> batch = outbox.claim(batchSize, clock.instant(), lease);
    int delivered = 0;
    int failed = 0;
    int lost = 0;
    int skipped = 0;
    for (InvitationOutbox.Entry entry : batch) {
      MessageId id = entry.message().id();
      @Nullable URI link = null;
      try {
        if (!programme.invitationCurrent(entry.message())) {
          // I-2: a resend, a cancellation or the expiry overtook it; its link would be dead
          if (outbox.delivered(entry, clock.instant())) {
            skipped++;
            LOG.debug("invitation message {} not sent: its invitation moved on", id);
          } else {
            lost++;
          }
          continue;
        }
        link = programme.invitationUrl(entry.message());
        delivery.deliver(entry.message(), link);
      } catch (Exception e) {
        String error = describe(e, link);
        Instant failedAt = clock.instant();
        if (outbox.failed(entry, backoff.retryAt(failedAt, entry.attempts()), error)) {
          failed++;
          LOG.warn("invitation message {} (attempt {}) not delivered, retried later: {}", id,
              entry.attempts() + 1, error);
        } else {
          lost++;
          LOG.warn("invitation message {} not delivered ({}); its claim had passed to another"
              + " relay", id, error);
        }
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          break;
        }
        continue;
      }
      if (outbox.delivered(entry, clock.instant())) {
        delivered++;
      } else {
        lost++;
        LOG.warn("invitation message {} was delivered after its claim had passed to another"
            + " relay; it may be delivered twice", id);
      }
    }
    if (!batch.isEmpty()) {
      LOG.debug("invitation relay: {} claimed, {} delivered, {} failed, {} lost, {} overtaken",
          batch.size(), delivered, failed, lost, skipped);
    }
    return new OutboxRelay.RelayRun(batch.size(), delivered + skipped, failed, lost);
  }

  /** Class and message, the link masked (whoever holds it may accept), at most 500 chars. */
  static String describe(Throwable e, @Nullable URI link) {
    String text = e.getMessage() == null ? e.getClass().getName()
        : e.getClass().getName() + ": " + e.getMessage();
    if (link != null) {
      text = text.replace(link.toString(), "<invitation link>");
    }
    return text.length() <= OutboxRelay.MAX_ERROR ? text
        : text.substring(0, OutboxRelay.MAX_ERROR - 3) + "...";
  }
}
