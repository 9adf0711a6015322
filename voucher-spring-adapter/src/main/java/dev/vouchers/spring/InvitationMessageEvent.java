// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.net.URI;
import java.util.Objects;

/**
 * I-1: published by the invitation relay when the shop has no {@code JavaMailSender}: the
 * shop's listener sends the invitation its own way. It counts as delivered when every listener
 * returned normally; a listener that throws makes the relay retry it later, so listeners must
 * de-duplicate by {@code message().id()}.
 *
 * @param message the message claimed from the invitation outbox
 * @param link the invitation link; whoever holds it may accept, so do not log it
 */
public record InvitationMessageEvent(InvitationMessage message, URI link) {
  /** Both parts required. */
  public InvitationMessageEvent {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(link, "link");
  }

  @Override
  public String toString() {
    return "InvitationMessageEvent[" + message + "]";
  }
}
