// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

/**
 * The use cases of partners, their tiers and mandates (T-5, D-2), as one programme hands them out
 * ({@code programme.partners()}). Each is wired once; the state-changing ones publish their
 * refusals (V-3).
 */
public interface PartnerUseCases {
  /** Partners. */
  RegisterPartner registerPartner();

  /** T-5: one partner and its tier history. */
  GetPartner getPartner();

  /** T-5. */
  SetPartnerTier setPartnerTier();

  /** D-2. */
  RegisterMandate registerMandate();
}
