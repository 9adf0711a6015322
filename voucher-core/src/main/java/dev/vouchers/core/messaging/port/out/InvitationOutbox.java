// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.out.Invitations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * I-1, I-2: the delivery side of the invitation outbox, written by {@link Invitations#insert}
 * and {@link Invitations#update} in the step that stores the invitation. It works like the
 * voucher {@link Outbox}: a claim is a lease, marks are fenced by the claim, delivery is at
 * least once. A message ends delivered, dropped (I-2: overtaken by a resend, a cancellation or
 * the expiry) or parked (it can never be delivered), as in the voucher outbox. A message's
 * sealed token is no longer needed once it ended, and may be erased.
 */
public interface InvitationOutbox {

  /**
   * Claims up to {@code max} messages due at {@code now} (pending, failed with their retry
   * time come, or claimed with the lease run out), oldest first, leasing them for
   * {@code lease}. Two concurrent claims never return the same message.
   */
  List<Entry> claim(int max, Instant now, Duration lease);

  /**
   * Marks a claimed message delivered; never claimed again. Fenced by the claim.
   *
   * @return whether the mark applied (false: the claim is no longer this relay's)
   */
  boolean delivered(Entry claimed, Instant at);

  /**
   * Marks a claimed message failed; claimable again at {@code retryAt}. Fenced by the claim.
   *
   * @return whether the mark applied
   */
  boolean failed(Entry claimed, Instant retryAt, String error);

  /**
   * I-2: marks a claimed message dropped: overtaken before it was sent (its link would be dead).
   * Never claimed again. Fenced by the claim.
   *
   * @return whether the mark applied
   */
  boolean dropped(Entry claimed, Instant at);

  /**
   * Parks a claimed message that can never be delivered, keeping the error: never claimed
   * again, no longer in the {@link #backlog()}, counted by {@link #parkedCount()}. Fenced by
   * the claim.
   *
   * @return whether the mark applied
   */
  boolean parked(Entry claimed, Instant at, String error);

  /** How many messages are still to deliver (neither delivered, dropped nor parked). */
  long backlog();

  /** How many messages are parked: they could not be delivered and are no longer tried. */
  long parkedCount();

  /**
   * A claimed message with its delivery attempts so far.
   *
   * @param message the message
   * @param attempts earlier claims of it (0 on the first delivery)
   */
  record Entry(InvitationMessage message, int attempts) {}
}
