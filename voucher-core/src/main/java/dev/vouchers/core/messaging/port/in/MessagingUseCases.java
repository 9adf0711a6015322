// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.in;

/**
 * The use cases of the messaging context (M-5's parked events). Unlike the other contexts',
 * they are wired without the programme: they need the event outbox and a clock only
 * ({@code messaging.application.ParkedEvents}).
 */
public interface MessagingUseCases {
  /** M-5: the parked events, oldest first. */
  ListParkedEvents listParkedEvents();

  /** M-5: a parked event back into delivery. */
  RetryParkedEvent retryParkedEvent();
}
