// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Secrets;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.in.SubAccountUseCases;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The use cases of sub-account invitations and sub-accounts, each wired once (ADR 0061), and
 * what the relay of the invitation e-mails asks of them. The programme builds it with
 * {@link #over}; its services stay in this package (ADR 0068).
 *
 * @param inviteSubAccount I-1
 * @param resendInvitation I-2
 * @param cancelInvitation I-2
 * @param listInvitations I-2
 * @param getInvitation I-2
 * @param acceptInvitation I-1
 * @param expireDueInvitations I-2
 * @param getSubAccount I-3
 * @param listSubAccounts I-3
 * @param changeSubAccountBilling I-3
 * @param changeSubAccountType I-3
 * @param attachContract I-3
 * @param detachContract I-3
 * @param invitationLink I-1: the link an invitation e-mail carries, with the token opened
 *     from the message
 * @param invitationCurrent I-2: whether an invitation message is still worth sending (its
 *     invitation pending and the message carrying the current token)
 */
public record WiredSubAccounts(InviteSubAccount inviteSubAccount,
    ResendInvitation resendInvitation, CancelInvitation cancelInvitation,
    ListInvitations listInvitations, GetInvitation getInvitation,
    AcceptInvitation acceptInvitation, ExpireDueInvitations expireDueInvitations,
    GetSubAccount getSubAccount, ListSubAccounts listSubAccounts,
    ChangeSubAccountBilling changeSubAccountBilling, ChangeSubAccountType changeSubAccountType,
    AttachContract attachContract, DetachContract detachContract,
    Function<InvitationMessage, URI> invitationLink,
    Predicate<InvitationMessage> invitationCurrent) implements SubAccountUseCases {

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param partners the partners (I-1: only a partner with the feature invites)
   * @param secrets where invitation tokens are digested and sealed
   * @param invitations the invitations' storage
   * @param subAccounts the sub-accounts' storage
   * @param settings where invitation links point and how long invitations stay valid
   * @param keyed G-3: the invitation under an idempotency key, given the invitation and how to
   *     read one again
   * @return the wired use cases
   */
  public static WiredSubAccounts over(Basics basics, Partners partners, Secrets secrets,
      Invitations invitations, SubAccounts subAccounts, InvitationSettings settings,
      BiFunction<InviteSubAccount, GetInvitation, InviteSubAccount> keyed) {
    InvitationPorts ports = new InvitationPorts(invitations, subAccounts, settings);
    InvitationService invitationService = new InvitationService(basics, partners, secrets, ports);
    SubAccountService subAccountService = new SubAccountService(basics, ports);
    InviteSubAccount invite = keyed.apply(invitationService, invitationService);
    return over(basics, invitationService, subAccountService, invite);
  }

  private static WiredSubAccounts over(Basics basics, InvitationService invitations,
      SubAccountService subAccounts, InviteSubAccount invite) {
    return new WiredSubAccounts(
        command -> basics.answered(InviteSubAccount.class, invite.invite(command)),
        command -> basics.answered(ResendInvitation.class, invitations.resend(command)),
        command -> basics.answered(CancelInvitation.class, invitations.cancel(command)),
        invitations, invitations,
        command -> basics.answered(AcceptInvitation.class, invitations.accept(command)),
        command -> basics.answered(ExpireDueInvitations.class, invitations.expire(command)),
        subAccounts, subAccounts,
        command -> basics.answered(ChangeSubAccountBilling.class, subAccounts.change(command)),
        command -> basics.answered(ChangeSubAccountType.class, subAccounts.change(command)),
        command -> basics.answered(AttachContract.class, subAccounts.attach(command)),
        command -> basics.answered(DetachContract.class, subAccounts.detach(command)),
        invitations::link, invitations::current);
  }
}
