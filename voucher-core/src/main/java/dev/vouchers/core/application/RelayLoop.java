// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.application;

import dev.vouchers.core.domain.MessageId;
import dev.vouchers.core.port.out.Outbox;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The delivery loop both relays share (S-2, I-1): each claimed message is sent and marked
 * delivered, or marked failed with its retry time; a mark that no longer applies (the lease
 * passed to another relay) counts as lost. A message that is no longer worth sending is marked
 * delivered unsent.
 *
 * @param <E> a claimed outbox entry
 */
final class RelayLoop<E> {
  /** Errors are kept at most this long. */
  static final int MAX_ERROR = 500;

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

    boolean failed(E entry, Instant retryAt, String error);
  }

  private final Messages<E> outbox;
  private final Outbox.Backoff backoff;
  private final Clock clock;
  private final Logger log;
  private final String what;
  private final String maskedLink;

  /**
   * @param what how the log names a message, e.g. "invitation message"
   * @param maskedLink what a link is replaced with in a logged error (whoever holds it may use
   *     it)
   */
  RelayLoop(Messages<E> outbox, Outbox.Backoff backoff, Clock clock,
      Logger log, String what, String maskedLink) {
    this.outbox = outbox;
    this.backoff = backoff;
    this.clock = clock;
    this.log = log;
    this.what = what;
    this.maskedLink = maskedLink;
  }

  /** Delivers one claimed batch, one message after the other. */
  OutboxRelay.RelayRun deliver(List<E> batch) {
    int delivered = 0;
    int failed = 0;
    int lost = 0;
    for (E entry : batch) {
      MessageId id = outbox.id(entry);
      @Nullable URI link = null;
      try {
        if (!outbox.current(entry)) {
          if (outbox.delivered(entry, clock.instant())) {
            delivered++;
            log.debug("{} {} not sent: it was overtaken", what, id);
          } else {
            lost++;
          }
          continue;
        }
        link = outbox.link(entry);
        outbox.deliver(entry, link);
      } catch (Exception e) {
        String error = describe(e, link, maskedLink);
        if (outbox.failed(entry, backoff.retryAt(clock.instant(), outbox.attempts(entry)),
            error)) {
          failed++;
          log.warn("{} {} (attempt {}) not delivered, retried later: {}", what, id,
              outbox.attempts(entry) + 1, error);
        } else {
          lost++;
          log.warn("{} {} not delivered ({}); its claim had passed to another relay", what, id,
              error);
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
        log.warn("{} {} was delivered after its claim had passed to another relay; it may be"
            + " delivered twice", what, id);
      }
    }
    if (!batch.isEmpty()) {
      log.debug("{} relay: {} claimed, {} delivered, {} failed, {} lost", what, batch.size(),
          delivered, failed, lost);
    }
    return new OutboxRelay.RelayRun(batch.size(), delivered, failed, lost);
  }

  /** Class and message, the link masked, at most {@link #MAX_ERROR} characters. */
  static String describe(Throwable e, @Nullable URI link, String maskedLink) {
    String text = e.getMessage() == null ? e.getClass().getName()
        : e.getClass().getName() + ": " + e.getMessage();
    if (link != null) {
      text = text.replace(link.toString(), maskedLink);
    }
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 3) + "...";
  }
}
