// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * I-1, I-2: the invitation e-mail, written to the invitation outbox in the same atomic step as
 * the invitation (sent or resent), delivered afterwards, at least once (receivers de-duplicate
 * by {@link #id()}). It carries the token only sealed ({@link #token()}); the relay opens it to
 * build the link, so the outbox holds no usable token.
 *
 * @param id stable message id
 * @param invitation the invitation
 * @param partner the inviting partner
 * @param partnerName the partner's display name
 * @param recipient to whom
 * @param type the sub-account type offered
 * @param customMessage the partner's custom message, empty for none
 * @param token the link's token, sealed with the message id as associated data
 *     ({@link #sealedWith(MessageId)})
 * @param expiresAt when the invitation expires unless accepted
 * @param language the partner's language
 * @param createdAt when the message was written
 */
public record InvitationMessage(
    MessageId id,
    InvitationId invitation,
    PartnerId partner,
    String partnerName,
    EmailAddress recipient,
    SubAccountType type,
    String customMessage,
    SealedSecret token,
    Instant expiresAt,
    Locale language,
    Instant createdAt) implements OutboxMessage {

  /** Every part required. */
  public InvitationMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(invitation, "invitation");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(customMessage, "customMessage");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The associated data a message's token is sealed with: its message id. */
  public static byte[] sealedWith(MessageId id) {
    return ("invitation-message:" + id.value()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "InvitationMessage[" + id + " invitation=" + invitation + " to=" + recipient + "]";
  }
}
