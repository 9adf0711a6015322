// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

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

/** The use cases of sub-account invitations and sub-accounts, each wired once (ADR 0061). */
record WiredSubAccounts(InviteSubAccount inviteSubAccount, ResendInvitation resendInvitation,
    CancelInvitation cancelInvitation, ListInvitations listInvitations,
    GetInvitation getInvitation, AcceptInvitation acceptInvitation,
    ExpireDueInvitations expireDueInvitations, GetSubAccount getSubAccount,
    ListSubAccounts listSubAccounts, ChangeSubAccountBilling changeSubAccountBilling,
    ChangeSubAccountType changeSubAccountType, AttachContract attachContract,
    DetachContract detachContract) implements SubAccountUseCases {

  static WiredSubAccounts over(Basics basics, InvitationService invitations,
      SubAccountService subAccounts, IdempotentUseCases keyed) {
    return new WiredSubAccounts(
        command -> basics.answered(InviteSubAccount.class,
            keyed.invite(command, invitations::invite, invitations)),
        command -> basics.answered(ResendInvitation.class, invitations.resend(command)),
        command -> basics.answered(CancelInvitation.class, invitations.cancel(command)),
        invitations, invitations,
        command -> basics.answered(AcceptInvitation.class, invitations.accept(command)),
        command -> basics.answered(ExpireDueInvitations.class, invitations.expire(command)),
        subAccounts, subAccounts,
        command -> basics.answered(ChangeSubAccountBilling.class, subAccounts.change(command)),
        command -> basics.answered(ChangeSubAccountType.class, subAccounts.change(command)),
        command -> basics.answered(AttachContract.class, subAccounts.attach(command)),
        command -> basics.answered(DetachContract.class, subAccounts.detach(command)));
  }
}
