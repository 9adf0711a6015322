// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * S-2, I-1: the delivery side of a transactional outbox, one port for every kind of message
 * ({@code Outbox<ActivationMessage>} for activation e-mails, {@code Outbox<InvitationMessage>}
 * for invitation e-mails). Messages are written by the storage ports in the transaction of the
 * change they announce ({@code Vouchers.update}, {@code Invitations.insert} and
 * {@code update}); a relay ({@code MessageRelay}) claims them, delivers them, and marks them
 * delivered or failed. A claim is a lease: a message not marked within it is claimable again,
 * so a relay that dies after the commit loses nothing.
 *
 * <p>A message ends in one of three ways, after which it is never claimed again and no longer
 * counts in the {@link #backlog()}: {@linkplain #delivered delivered}; {@linkplain #dropped
 * dropped} unsent because it was overtaken (G-2: its link was withdrawn or redirected, its
 * order cancelled, its voucher expired; I-2: its invitation was resent, cancelled or expired);
 * or {@linkplain #parked parked} because it can never be delivered (a permanent failure, or
 * too many failed attempts), where staff, metrics and health checks see it
 * ({@link #parkedCount()}). A message's sealed link or token is no longer needed once it
 * ended, and may be erased.
 *
 * @param <M> the kind of message
 */
public interface Outbox<M extends OutboxMessage> {

  /**
   * Claims up to {@code max} messages that are due at {@code now} (pending, or failed with
   * their retry time come, or claimed with the lease run out), oldest first, leasing them for
   * {@code lease}. Two concurrent claims never return the same message.
   */
  List<Entry<M>> claim(int max, Instant now, Duration lease);

  /**
   * Marks a claimed message delivered; it is never claimed again. Fenced by the claim: a relay
   * whose lease ran out, and whose message another relay has claimed since, changes nothing.
   *
   * @return whether the mark applied (false: the claim is no longer this relay's)
   */
  boolean delivered(Entry<M> claimed, Instant at);

  /**
   * G-2: marks a claimed message dropped: it was overtaken before it was sent and never will
   * be. Never claimed again. Fenced by the claim like {@link #delivered}.
   *
   * @return whether the mark applied
   */
  boolean dropped(Entry<M> claimed, Instant at);

  /**
   * Marks a claimed message failed; it becomes claimable again at {@code retryAt} (see
   * {@link Backoff}). Fenced by the claim like {@link #delivered}.
   *
   * @return whether the mark applied
   */
  boolean failed(Entry<M> claimed, Instant retryAt, String error);

  /**
   * Parks a claimed message that can never be delivered (a permanent failure, or its last
   * allowed attempt failed), keeping the error: it is never claimed again, leaves the
   * {@link #backlog()} and counts in {@link #parkedCount()}. Fenced by the claim like
   * {@link #delivered}.
   *
   * @return whether the mark applied
   */
  boolean parked(Entry<M> claimed, Instant at, String error);

  /** How many messages are still to deliver (neither delivered, dropped nor parked). */
  long backlog();

  /** How many messages are parked: they could not be delivered and are no longer tried. */
  long parkedCount();

  /**
   * When the oldest message still to deliver was written (for health checks: a relay that is
   * stuck, a mail server that refuses); empty when there is none. Parked messages do not count.
   */
  Optional<Instant> oldestUndelivered();

  /**
   * A claimed message with its delivery attempts so far.
   *
   * @param message the message
   * @param attempts earlier claims of it (0 on the first delivery); with the id it names this
   *     claim, so marking it is fenced against a later claim of the same message
   * @param <M> the kind of message
   */
  record Entry<M extends OutboxMessage>(M message, int attempts) {}

  /**
   * S-2: when a relay retries a failed delivery: {@code first} after the first failure, then
   * doubling per attempt up to {@code max}, less up to a fifth at random so that relays that
   * failed together do not retry in step.
   *
   * @param first the delay after the first failure, positive
   * @param max the longest delay, at least {@code first}
   */
  record Backoff(Duration first, Duration max) {
    /** Positive first delay, max not below it. */
    public Backoff {
      if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
        throw new IllegalArgumentException(
            "a backoff needs 0 < first <= max, got first " + first + ", max " + max);
      }
    }

    /** 30 seconds, doubling, at most 6 hours. */
    public static Backoff standard() {
      return new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));
    }

    /**
     * When to try again.
     *
     * @param failedAt when the delivery failed
     * @param attempts the entry's earlier attempts ({@link Entry#attempts()}: 0 after the
     *     first failure)
     * @return failedAt plus the delay
     */
    public Instant retryAt(Instant failedAt, int attempts) {
      Duration delay = delay(attempts);
      long jitter = ThreadLocalRandom.current().nextLong(delay.toMillis() / 5 + 1);
      return failedAt.plus(delay).minusMillis(jitter);
    }

    /** The delay before jitter: first × 2^attempts, at most max. */
    public Duration delay(int attempts) {
      int doublings = Math.max(0, Math.min(attempts, 40));
      Duration delay = first;
      for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
        delay = delay.multipliedBy(2);
      }
      return delay.compareTo(max) > 0 ? max : delay;
    }
  }

  /** Convenience for tests and relays: the ids of the entries. */
  static <M extends OutboxMessage> List<MessageId> ids(List<Entry<M>> entries) {
    return entries.stream().map(e -> e.message().id()).toList();
  }
}
