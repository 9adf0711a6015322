// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

/**
 * The use cases of the reseller programme: applications, discounts and customer links,
 * as one programme hands them out ({@code programme.resellers()}). Each is wired once; the state-
 * changing ones publish their refusals (V-3).
 */
public interface ResellerUseCases {
  /** a partner applies for the reseller programme. */
  ApplyAsReseller applyAsReseller();

  /** SUBMITTED → CONTRACT_SENT. */
  SendResellerContract sendResellerContract();

  /** CONTRACT_SENT → CONTRACT_SIGNED. */
  RecordResellerContractSigned recordResellerContractSigned();

  /** CONTRACT_SIGNED → APPROVED. */
  ApproveResellerApplication approveResellerApplication();

  /** any open status → REJECTED. */
  RejectResellerApplication rejectResellerApplication();

  /** one application with its history. */
  GetResellerApplication getResellerApplication();

  /** applications by status (staff) or the partner's own. */
  ListResellerApplications listResellerApplications();

  /** the reseller discount. */
  SetResellerDiscount setResellerDiscount();

  /** link (or transfer) a customer to a reseller. */
  LinkCustomer linkCustomer();

  /** end a customer's link. */
  UnlinkCustomer unlinkCustomer();

  /** a customer's link history. */
  GetCustomerLinks getCustomerLinks();

  /** a reseller's current customers. */
  ListResellerCustomers listResellerCustomers();

  /** the reseller discount of a customer's purchase at an instant. */
  DiscountFor discountFor();

  /** a customer's purchase priced now, with its reseller discount. */
  PriceCustomerPurchase priceCustomerPurchase();
}
