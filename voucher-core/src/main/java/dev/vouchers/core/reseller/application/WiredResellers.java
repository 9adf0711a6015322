// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.ResellerUseCases;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import java.util.function.BiFunction;

/**
 * The use cases of the reseller programme, each wired once (ADR 0061). The programme
 * builds it with {@link #over}; its services stay in this package (ADR 0068).
 *
 * @param applyAsReseller the {@link ApplyAsReseller} use case
 * @param sendResellerContract the {@link SendResellerContract} use case
 * @param recordResellerContractSigned the {@link RecordResellerContractSigned} use case
 * @param approveResellerApplication the {@link ApproveResellerApplication} use case
 * @param rejectResellerApplication the {@link RejectResellerApplication} use case
 * @param getResellerApplication the {@link GetResellerApplication} use case
 * @param listResellerApplications the {@link ListResellerApplications} use case
 * @param setResellerDiscount the {@link SetResellerDiscount} use case
 * @param linkCustomer the {@link LinkCustomer} use case
 * @param unlinkCustomer the {@link UnlinkCustomer} use case
 * @param getCustomerLinks the {@link GetCustomerLinks} use case
 * @param listResellerCustomers the {@link ListResellerCustomers} use case
 * @param discountFor the {@link DiscountFor} use case
 * @param priceCustomerPurchase the {@link PriceCustomerPurchase} use case
 */
public record WiredResellers(ApplyAsReseller applyAsReseller,
    SendResellerContract sendResellerContract,
    RecordResellerContractSigned recordResellerContractSigned,
    ApproveResellerApplication approveResellerApplication,
    RejectResellerApplication rejectResellerApplication,
    GetResellerApplication getResellerApplication,
    ListResellerApplications listResellerApplications, SetResellerDiscount setResellerDiscount,
    LinkCustomer linkCustomer, UnlinkCustomer unlinkCustomer, GetCustomerLinks getCustomerLinks,
    ListResellerCustomers listResellerCustomers, DiscountFor discountFor,
    PriceCustomerPurchase priceCustomerPurchase) implements ResellerUseCases {

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param partners the partners (R-1: who may apply)
   * @param applicationStorage the reseller applications' storage
   * @param linkStorage the customer links' storage
   * @param keyed G-3: the application under an idempotency key, given the application and how to
   *     read one again
   * @return the wired use cases
   */
  public static WiredResellers over(Basics basics, Partners partners,
      ResellerApplications applicationStorage, CustomerLinks linkStorage,
      BiFunction<ApplyAsReseller, GetResellerApplication, ApplyAsReseller> keyed) {
    var applications = new ResellerApplicationService(basics, partners, applicationStorage);
    var links = new CustomerLinkService(basics, applicationStorage, linkStorage);
    ApplyAsReseller apply = keyed.apply(applications, applications);
    return new WiredResellers(
        command -> basics.answered(ApplyAsReseller.class, apply.apply(command)),
        command -> basics.answered(SendResellerContract.class, applications.send(command)),
        command -> basics.answered(RecordResellerContractSigned.class,
            applications.record(command)),
        command -> basics.answered(ApproveResellerApplication.class,
            applications.approve(command)),
        command -> basics.answered(RejectResellerApplication.class,
            applications.reject(command)),
        applications, applications,
        command -> basics.answered(SetResellerDiscount.class, applications.set(command)),
        command -> basics.answered(LinkCustomer.class, links.link(command)),
        command -> basics.answered(UnlinkCustomer.class, links.unlink(command)),
        links, links, links, links);
  }
}
