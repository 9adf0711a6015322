// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import java.time.Instant;
import java.util.Optional;

/**
 * I-2: an invitation as its partner sees it: the real status as of now (a pending invitation
 * past its expiry is EXPIRED before any sweep wrote it), never its token.
 *
 * @param id the invitation id
 * @param partner the inviting partner
 * @param recipient to whom it was sent
 * @param type the sub-account type offered
 * @param message the custom message, empty for none
 * @param status the status as of now
 * @param invitedBy who sent it first
 * @param invitedAt when it was first sent
 * @param sentAt when it was last sent
 * @param expiresAt when it expires unless accepted
 * @param subAccount the sub-account created when it was accepted
 */
public record InvitationView(
    InvitationId id,
    PartnerId partner,
    EmailAddress recipient,
    SubAccountType type,
    String message,
    InvitationStatus status,
    String invitedBy,
    Instant invitedAt,
    Instant sentAt,
    Instant expiresAt,
    Optional<SubAccountId> subAccount) {

  /** The view of an invitation as of {@code now}. */
  public static InvitationView of(Invitation invitation, Instant now) {
    return new InvitationView(invitation.id(), invitation.partner(), invitation.recipient(),
        invitation.type(), invitation.message(), invitation.statusAt(now),
        invitation.invitedBy(), invitation.invitedAt(), invitation.sentAt(),
        invitation.expiresAt(), invitation.subAccount());
  }
}
