// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * S-2: a message that a change writes to an outbox in its own transaction and a relay delivers
 * afterwards, at least once: an activation e-mail, an invitation e-mail. Every kind goes
 * through the same outbox port and relay ({@code messaging.port.out.Outbox},
 * {@code messaging.application.MessageRelay}); this is all they need to know of a message.
 */
public interface OutboxMessage {

  /** The message's stable id: the receiver de-duplicates by it. */
  MessageId id();
}
