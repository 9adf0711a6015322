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

  static WiredSubAccounts over(Context context, InvitationService invitations,
      SubAccountService subAccounts, IdempotentUseCases keyed) {
    return new WiredSubAccounts(
        command -> context.answered(InviteSubAccount.class,
            keyed.invite(command, invitations::invite, invitations)),
        command -> context.answered(ResendInvitation.class, invitations.resend(command)),
        command -> context.answered(CancelInvitation.class, invitations.cancel(command)),
        invitations, invitations,
        command -> context.answered(AcceptInvitation.class, invitations.accept(command)),
        command -> context.answered(ExpireDueInvitations.class, invitations.expire(command)),
        subAccounts, subAccounts,
        command -> context.answered(ChangeSubAccountBilling.class, subAccounts.change(command)),
        command -> context.answered(ChangeSubAccountType.class, subAccounts.change(command)),
        command -> context.answered(AttachContract.class, subAccounts.attach(command)),
        command -> context.answered(DetachContract.class, subAccounts.detach(command)));
  }
}
