// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A-1 as a policy: who may read and who may change a partner's data.
 *
 * <p>A refusal for another partner's data is answered exactly like a missing id
 * ({@link ReasonCode#NOT_FOUND}), so ids of other partners cannot be probed.
 */
public final class Access {
  private Access() {}

  /** the partner's own users, the vendor's staff (SUPPORT inspects anything) and services. */
  public static boolean canRead(Actor principal, PartnerId owner) {
    if (principal instanceof Actor.PartnerUser user) {
      return user.partner().equals(owner);
    }
    return principal instanceof Actor.VendorStaff || principal instanceof Actor.Service;
  }

  /**
   * orders, distribution, comments and cancellations of a partner's vouchers are made by
   * that partner's users, or by a vendor service acting on its behalf.
   */
  public static boolean canManageVouchers(Actor principal, PartnerId owner) {
    if (principal instanceof Actor.PartnerUser user) {
      return user.partner().equals(owner);
    }
    return principal instanceof Actor.Service;
  }

  /**
   * Moves a redeemer makes with a code in hand (organisation activation, certificate request,
   * redemption): the code holder, the owning partner acting for its customer, or a service.
   */
  public static boolean canRedeem(Actor principal, PartnerId owner) {
    return principal instanceof Actor.CodeHolder || canManageVouchers(principal, owner);
  }

  /** Reports from the certificate platform (revocation, V-5) come from services or support. */
  public static boolean canReportCertificates(Actor principal) {
    return principal instanceof Actor.Service
        || principal instanceof Actor.VendorStaff staff && staff.has(StaffRole.SUPPORT);
  }

  /** T-5: only a partner manager changes tiers and partner features. */
  public static boolean canManagePartners(Actor principal) {
    return principal instanceof Actor.VendorStaff staff && staff.has(StaffRole.PARTNER_MANAGER);
  }

  /** D-2: mandates (powers of attorney) are recorded by vendor staff. */
  public static boolean canRegisterMandates(Actor principal) {
    return principal instanceof Actor.VendorStaff;
  }

  /**
   * M-2: the expiry of a voucher or of an order's vouchers is extended by the vendor's staff
   * (either role), never by the partner, whose vouchers they are.
   */
  public static boolean canExtendExpiry(Actor principal) {
    return principal instanceof Actor.VendorStaff;
  }

  /**
   * E-1: personal data is erased on request by the vendor's {@code SUPPORT} staff, who handle
   * data-protection requests; never by a partner (whose customers' data it also is) or a
   * service (the automatic erasure is not a use case but a sweep).
   */
  public static boolean canErasePersonalData(Actor principal) {
    return principal instanceof Actor.VendorStaff staff && staff.has(StaffRole.SUPPORT);
  }

  /** Sweeps (expiry, outbox) are run by a service or by staff. */
  public static boolean canRunSweeps(Actor principal) {
    return principal instanceof Actor.Service || principal instanceof Actor.VendorStaff;
  }

  // ---- sub-account invitations (I-1..I-3)

  /**
   * A-1, I-1, I-2, I-3: invitations and the billing and pricing of sub-accounts are managed by
   * the partner's {@code ADMIN} and {@code ADMIN_AGENT} (a {@code SALES_AGENT} may look, not
   * invite), or by a vendor service acting on the partner's behalf.
   */
  public static boolean canManageSubAccounts(Actor principal, PartnerId owner) {
    if (principal instanceof Actor.PartnerUser user) {
      return user.partner().equals(owner) && user.role() != PartnerRole.SALES_AGENT;
    }
    return principal instanceof Actor.Service;
  }

  /** I-3: only the vendor's partner managers change a sub-account's type and its contract. */
  public static boolean canManageSubAccountContracts(Actor principal) {
    return canManagePartners(principal);
  }
  // ---- U-1..U-5: subscriptions bought for customers (reading them is canRead)

  /** U-1: a partner's users of every role buy subscriptions for the partner's customers. */
  public static boolean canBuySubscriptions(Actor principal, PartnerId owner) {
    return principal instanceof Actor.PartnerUser user && user.partner().equals(owner);
  }

  /**
   * U-5: existing subscriptions (quantity, cancellation, billing frequency, auto-renew,
   * nickname, indirect reseller) are changed by the owning partner's ADMIN and ADMIN_AGENT;
   * its SALES_AGENT may only buy.
   */
  public static boolean canChangeSubscriptions(Actor principal, PartnerId owner) {
    return principal instanceof Actor.PartnerUser user && user.partner().equals(owner)
        && (user.role() == PartnerRole.ADMIN || user.role() == PartnerRole.ADMIN_AGENT);
  }

  /** U-2, U-5: suspension and reactivation: those who change subscriptions, and vendor staff. */
  public static boolean canSuspendSubscriptions(Actor principal, PartnerId owner) {
    return canChangeSubscriptions(principal, owner) || principal instanceof Actor.VendorStaff;
  }

  /** U-2: the publisher (a service) or the vendor's staff confirm an activation. */
  public static boolean canActivateSubscriptions(Actor principal) {
    return principal instanceof Actor.Service || principal instanceof Actor.VendorStaff;
  }
  // ---- end of subscriptions
}
