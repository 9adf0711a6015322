// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

/**
 * The use cases of sub-account invitations and sub-accounts (I-1..I-3), as one programme hands them
 * out ({@code programme.subAccounts()}). Each is wired once; the state-changing ones publish their
 * refusals (V-3).
 */
public interface SubAccountUseCases {
  /** I-1: a partner's admin invites a sub-account. */
  InviteSubAccount inviteSubAccount();

  /** I-2: resends a pending invitation with a new token. */
  ResendInvitation resendInvitation();

  /** I-2: cancels a pending invitation. */
  CancelInvitation cancelInvitation();

  /** I-2: a partner's invitations, newest first. */
  ListInvitations listInvitations();

  /** I-2: one invitation with its history. */
  GetInvitation getInvitation();

  /** I-3: the invitee accepts; the sub-account is created. */
  AcceptInvitation acceptInvitation();

  /** I-2: writes EXPIRED for pending invitations whose expiry has come. */
  ExpireDueInvitations expireDueInvitations();

  /** I-3: one sub-account with its history. */
  GetSubAccount getSubAccount();

  /** I-3: a partner's sub-accounts, newest first. */
  ListSubAccounts listSubAccounts();

  /** I-3: the partner changes billing and pricing (not while a contract is attached). */
  ChangeSubAccountBilling changeSubAccountBilling();

  /** I-3: the vendor changes the sub-account type. */
  ChangeSubAccountType changeSubAccountType();

  /** I-3: the vendor attaches a contract. */
  AttachContract attachContract();

  /** I-3: the vendor detaches the contract. */
  DetachContract detachContract();
}
