// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;

/**
 * as a policy: who acts on reseller applications and on the links between
 * customers and resellers. Reading follows {@link Access#canRead}: a partner's users see only
 * their partner's applications, and a reseller's users only the links of their own customers;
 * anything else is answered like a missing id.
 */
public final class ResellerAccess {
  private ResellerAccess() {}

  /** the applicant partner's global admin applies for the reseller programme. */
  public static boolean canApply(Actor principal, PartnerId partner) {
    return principal instanceof Actor.PartnerUser user && user.partner().equals(partner)
        && user.role() == PartnerRole.ADMIN;
  }

  /**
   * the vendor's partner managers send the contract, approve, reject and set the reseller
   * discount.
   */
  public static boolean canDecideApplications(Actor principal) {
    return Access.canManagePartners(principal);
  }

  /**
   * the signed contract is recorded by a partner manager (it came back by e-mail) or by
   * the applicant's global admin (uploading it).
   */
  public static boolean canRecordSignature(Actor principal, PartnerId applicant) {
    return canDecideApplications(principal) || canApply(principal, applicant);
  }

  /**
   * a reseller's admins (ADMIN, ADMIN_AGENT) move customers into their own console and
   * release them; sales agents do not.
   */
  public static boolean canManageOwnCustomers(Actor principal, PartnerId reseller) {
    return principal instanceof Actor.PartnerUser user && user.partner().equals(reseller)
        && (user.role() == PartnerRole.ADMIN || user.role() == PartnerRole.ADMIN_AGENT);
  }

  /** vendor support links, transfers and unlinks any customer. */
  public static boolean canAssignCustomers(Actor principal) {
    return principal instanceof Actor.VendorStaff staff && staff.has(StaffRole.SUPPORT);
  }

  /** the shop's sign-up, a service, links a new customer to the reseller it chose. */
  public static boolean canSignUpCustomers(Actor principal) {
    return principal instanceof Actor.Service;
  }

  /**
   * whether the principal sees this link: vendor staff and services see every link,
   * a partner's users only the links to their own partner.
   */
  public static boolean canSee(Actor principal, CustomerLink link) {
    return Access.canRead(principal, link.reseller());
  }
}
