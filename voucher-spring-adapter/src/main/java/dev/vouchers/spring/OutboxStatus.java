// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * S-2: the outbox's backlog, the age of its oldest undelivered message and the parked messages
 * of both outboxes (activation e-mails, and invitation e-mails when invitations are wired), read
 * at most once per {@link #CACHE} for the metrics and the health contributor.
 */
final class OutboxStatus {
  /** How long one read is reused. */
  static final Duration CACHE = Duration.ofSeconds(5);
  private final Outbox<ActivationMessage> outbox;
  private final Optional<Outbox<InvitationMessage>> invitationOutbox;
  private final Clock clock;
  private Snapshot last = new Snapshot(0, Duration.ZERO, 0, 0, Instant.MIN);

  OutboxStatus(Outbox<ActivationMessage> outbox,
      Optional<Outbox<InvitationMessage>> invitationOutbox, Clock clock) {
    this.outbox = outbox;
    this.invitationOutbox = invitationOutbox;
    this.clock = clock;
  }

  synchronized Snapshot read() {
    Instant now = clock.instant();
    if (!last.readAt().isAfter(now) && last.readAt().plus(CACHE).isAfter(now)) {
      return last;
    }
    long backlog = outbox.backlog();
    Duration age = outbox.oldestUndelivered()
        .map(oldest -> oldest.isBefore(now) ? Duration.between(oldest, now) : Duration.ZERO)
        .orElse(Duration.ZERO);
    long parked = outbox.parkedCount();
    long parkedInvitations = invitationOutbox.map(Outbox::parkedCount).orElse(0L);
    last = new Snapshot(backlog, age, parked, parkedInvitations, now);
    return last;
  }

  /**
   * The outboxes at one instant.
   *
   * @param backlog activation messages still to deliver
   * @param oldestAge age of the oldest of them (zero when there is none)
   * @param parked activation messages parked: they can never be delivered
   * @param parkedInvitations invitation messages parked (0 without invitations)
   * @param readAt when it was read
   */
  record Snapshot(long backlog, Duration oldestAge, long parked, long parkedInvitations,
      Instant readAt) {}
}
