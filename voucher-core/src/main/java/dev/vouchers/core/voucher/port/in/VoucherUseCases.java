// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

/**
 * The use cases of the life of one voucher: reading, sending, redeeming, expiring (V-1..V-8, S-2,
 * S-3, C-4, C-5, D-1, D-2, G-1, G-2, G-4, M-2), as one programme hands them out ({@code
 * programme.vouchers()}). Each is wired once; the state-changing ones publish their refusals (V-3).
 */
public interface VoucherUseCases {
  /** O-5. */
  ListVouchers listVouchers();

  /** V-2. */
  GetVoucher getVoucher();

  /** S-3. */
  PrintVoucher printVoucher();

  /** S-2. */
  SendActivationLink sendActivationLink();

  /** V-1. */
  WithdrawActivationLink withdrawActivationLink();

  /** C-4, C-5, G-1. */
  LookUpCode lookUpCode();

  /** G-2, C-5, G-1: the end customer follows an activation link. */
  FollowActivationLink followActivationLink();

  /** P-2. */
  StartOrganisationActivation startOrganisationActivation();

  /** D-1. */
  IssueDomainChallenge issueDomainChallenge();

  /** D-1. */
  VerifyDomainControl verifyDomainControl();

  /** D-2. */
  SubmitCertificateRequest submitCertificateRequest();

  /** V-7. */
  MarkRedeemed markRedeemed();

  /** V-5. */
  ReportCertificateRevoked reportCertificateRevoked();

  /** V-8. */
  CommentOnVoucher commentOnVoucher();

  /** M-2. */
  ExtendExpiry extendExpiry();

  /** V-4. */
  ExpireDueVouchers expireDueVouchers();

  /**
   * G-4: the re-keying job: moves retrievable codes from older keys of the vault's ring to its
   * current key and reports what is left under each older key (ADR 0051).
   *
   * @return the use case
   */
  RekeyCodes rekeyCodes();
}
