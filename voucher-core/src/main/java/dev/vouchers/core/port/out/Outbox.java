package dev.vouchers.core.port.out;

import dev.vouchers.core.domain.ActivationMessage;
import dev.vouchers.core.domain.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * S-2: the delivery side of the transactional outbox. Messages are written by
 * {@link Vouchers#update} in the transaction of the move; a relay claims them, delivers them,
 * and marks them delivered or failed. A claim is a lease: a message not marked within it is
 * claimable again, so a relay that dies after the commit loses nothing.
 */
public interface Outbox {

  /**
   * Claims up to {@code max} messages that are due at {@code now} (pending, or failed with
   * their retry time come, or claimed with the lease run out), oldest first, leasing them for
   * {@code lease}. Two concurrent claims never return the same message.
   */
  List<OutboxEntry> claim(int max, Instant now, Duration lease);

  /** Marks a claimed message delivered; it is never claimed again. */
  void delivered(MessageId id, Instant at);

  /** Marks a claimed message failed; it becomes claimable again at {@code retryAt}. */
  void failed(MessageId id, Instant retryAt, String error);

  /** How many messages are not yet delivered. */
  long backlog();

  /**
   * A claimed message with its delivery attempts so far.
   *
   * @param message the message
   * @param attempts earlier claims of it (0 on the first delivery)
   */
  record OutboxEntry(ActivationMessage message, int attempts) {}

  /** Convenience for tests and relays: the ids of the entries. */
  static List<MessageId> ids(List<OutboxEntry> entries) {
    return entries.stream().map(e -> e.message().id()).toList();
  }
}
