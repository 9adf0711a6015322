// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Contact;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.domain.InvitationToken;
import dev.vouchers.core.subaccount.domain.Organisation;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Rows for the sub-account contract suites (I-1..I-3), built with the domain, no services. */
public final class InvitationContractData {
  /** I-2: the brief's 30 days. */
  public static final Duration VALIDITY = InvitationSettings.DEFAULT_VALIDITY;
  private static final Entropy ENTROPY = Entropy.secure();

  private InvitationContractData() {}

  /** An admin of the partner. */
  public static Actor admin(PartnerId partner) {
    return new Actor.PartnerUser(new UserId("admin"), partner, PartnerRole.ADMIN);
  }

  /** A fresh token's keyed digest (sealed under the contract's vault). */
  public static CodeDigest token() {
    return ContractData.VAULT.digestSecret("invitation",
        InvitationToken.random(ENTROPY).value());
  }

  /** A new PENDING invitation of the partner, sent at {@code at} to a unique address. */
  public static InvitationCreated invitation(PartnerId partner, Instant at) {
    String id = UUID.randomUUID().toString();
    return Invitation.invite(new InvitationId(id), partner,
        new EmailAddress("invitee-" + id.substring(0, 8) + "@example.com"),
        SubAccountType.STANDARD, "Welcome aboard", token(), admin(partner), at, VALIDITY);
  }

  /** The e-mail of an invitation as the core writes it (the token sealed to the message). */
  public static InvitationMessage message(Invitation invitation, Instant at) {
    MessageId id = new MessageId(UUID.randomUUID().toString());
    return new InvitationMessage(id, invitation.id(), invitation.partner(), "Partner "
        + invitation.partner(), invitation.recipient(), invitation.type(), invitation.message(),
        ContractData.VAULT.sealSecret(InvitationToken.random(ENTROPY).value(),
            InvitationMessage.sealedWith(id)),
        invitation.expiresAt(), Locale.GERMAN, at);
  }

  /** The invitation resent at {@code at} with a new token. */
  public static InvitationMove resent(Invitation invitation, Instant at) {
    return invitation.resend(token(), admin(invitation.partner()), at, VALIDITY).get();
  }

  /** The invitation accepted at {@code at}, creating a new sub-account. */
  public static Acceptance accepted(Invitation invitation, Instant at) {
    SubAccountId id = new SubAccountId(UUID.randomUUID().toString());
    Actor invitee = new Actor.CodeHolder("invitee");
    InvitationMove move = invitation.accept(id, invitee, at).get();
    SubAccount.Created created = SubAccount.open(id, invitation,
        new Contact("Jane Doe", new EmailAddress("jane@example.org")),
        new Organisation("Example AG", "Bahnhofstrasse 1, 8001 Zürich", "CH"), invitee, at);
    return new Acceptance(move, created.subAccount(), created.entry());
  }
}
