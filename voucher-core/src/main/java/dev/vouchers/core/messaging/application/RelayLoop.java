// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The delivery loop every relay shares (S-2, I-1, M-5: {@link MessageRelay} for e-mails,
 * {@link EventRelay} for events): each claimed message is sent and marked
 * delivered, or marked failed with its retry time; a mark that no longer applies (the lease
 * passed to another relay) counts as lost. A message that is no longer worth sending (G-2,
 * I-2: overtaken) is marked dropped unsent. A message that can never be delivered (the
 * delivery threw a {@link PermanentDeliveryFailure}, or its last allowed attempt failed) is
 * parked.
 *
 * @param <E> a claimed outbox entry
 */
public final class RelayLoop<E> {
  /** Errors are kept at most this long. */
  static final int MAX_ERROR = 500;
  /** How many attempts a message gets before it is parked, unless configured. */
  static final int DEFAULT_MAX_ATTEMPTS = 10;

  /** S-2: a relay's lease, which must be positive; the lease itself. */
  static Duration positiveLease(Duration lease) {
    java.util.Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive, got " + lease);
    }
    return lease;
  }

  /** S-2, L-2: how many messages one run claims, which must be positive; the size itself. */
  static int positiveBatch(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be positive, got " + batchSize);
    }
    return batchSize;
  }

  /** What the loop needs of one outbox. */
  interface Messages<E> {
    MessageId id(E entry);

    int attempts(E entry);

    /** Whether the message is still worth sending; its link would be dead otherwise. */
    boolean current(E entry);

    /** The link the message carries. */
    URI link(E entry);

    void deliver(E entry, URI link) throws Exception;

    boolean delivered(E entry, Instant at);

    boolean dropped(E entry, Instant at);

    boolean failed(E entry, Instant retryAt, String error);

    boolean parked(E entry, Instant at, String error);
  }

  private final Messages<E> outbox;
  private final Outbox.Backoff backoff;
  private final int maxAttempts;
  private final Clock clock;
  private final Logger log;
  private final String what;
  private final String maskedLink;

  /**
   * @param maxAttempts attempts a message gets before it is parked, positive
   * @param what how the log names a message, e.g. "invitation message"
   * @param maskedLink what a link is replaced with in a logged error (whoever holds it may use
   *     it)
   */
  RelayLoop(Messages<E> outbox, Outbox.Backoff backoff, int maxAttempts, Clock clock,
      Logger log, String what, String maskedLink) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("a message needs at least one attempt, got "
          + maxAttempts);
    }
    this.outbox = outbox;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.clock = clock;
    this.log = log;
    this.what = what;
    this.maskedLink = maskedLink;
  }

  /** Delivers one claimed batch, one message after the other. */
  MessageRelay.RelayRun deliver(List<E> batch) {
    int delivered = 0;
    int failed = 0;
    int lost = 0;
    int parked = 0;
    int dropped = 0;
    for (E entry : batch) {
      MessageId id = outbox.id(entry);
      @Nullable URI link = null;
      try {
        if (!outbox.current(entry)) {
          if (outbox.dropped(entry, clock.instant())) {
            dropped++;
            log.debug("{} {} dropped unsent: it was overtaken", what, id);
          } else {
            lost++;
          }
          continue;
        }
        link = outbox.link(entry);
        outbox.deliver(entry, link);
      } catch (Exception e) {
        String error = describe(e, link, maskedLink);
        int attempt = outbox.attempts(entry) + 1;
        boolean interrupted = e instanceof InterruptedException;
        boolean permanent = e instanceof PermanentDeliveryFailure;
        if (!interrupted && (permanent || attempt >= maxAttempts)) {
          if (outbox.parked(entry, clock.instant(), error)) {
            parked++;
            log.error("{} {} parked after attempt {} ({}): it is not tried again: {}", what, id,
                attempt, permanent ? "permanent failure" : "no attempts left", error);
          } else {
            lost++;
            log.warn("{} {} not delivered ({}); its claim had passed to another relay", what,
                id, error);
          }
        } else if (outbox.failed(entry, backoff.retryAt(clock.instant(), outbox.attempts(entry)),
            error)) {
          failed++;
          log.warn("{} {} (attempt {} of {}) not delivered, retried later: {}", what, id,
              attempt, maxAttempts, error);
        } else {
          lost++;
          log.warn("{} {} not delivered ({}); its claim had passed to another relay", what, id,
              error);
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
        continue;
      }
      if (outbox.delivered(entry, clock.instant())) {
        delivered++;
      } else {
        lost++;
        log.warn("{} {} was delivered after its claim had passed to another relay; it may be"
            + " delivered twice", what, id);
      }
    }
    MessageRelay.RelayRun run =
        new MessageRelay.RelayRun(batch.size(), delivered, failed, lost, parked, dropped);
    if (!batch.isEmpty()) {
      log.debug("{} relay: {}", what, run);
    }
    return run;
  }

  /** Class and message, the link masked, at most {@link #MAX_ERROR} characters. */
  public static String describe(Throwable e, @Nullable URI link, String maskedLink) {
    String text = e.getMessage() == null ? e.getClass().getName()
        : e.getClass().getName() + ": " + e.getMessage();
    if (link != null) {
      text = text.replace(link.toString(), maskedLink);
    }
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 3) + "...";
  }
}
