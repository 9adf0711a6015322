// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

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

/** The use cases of the reseller programme, each wired once (ADR 0061). */
record WiredResellers(ApplyAsReseller applyAsReseller, SendResellerContract sendResellerContract,
    RecordResellerContractSigned recordResellerContractSigned,
    ApproveResellerApplication approveResellerApplication,
    RejectResellerApplication rejectResellerApplication,
    GetResellerApplication getResellerApplication,
    ListResellerApplications listResellerApplications, SetResellerDiscount setResellerDiscount,
    LinkCustomer linkCustomer, UnlinkCustomer unlinkCustomer, GetCustomerLinks getCustomerLinks,
    ListResellerCustomers listResellerCustomers, DiscountFor discountFor,
    PriceCustomerPurchase priceCustomerPurchase) implements ResellerUseCases {

  static WiredResellers over(Basics basics, Partners partners,
      ResellerApplications applicationStorage,
      CustomerLinks linkStorage, IdempotentUseCases keyed) {
    var applications = new ResellerApplicationService(basics, partners, applicationStorage);
    var links = new CustomerLinkService(basics, applicationStorage, linkStorage);
    return new WiredResellers(
        command -> basics.answered(ApplyAsReseller.class,
            keyed.apply(command, applications::apply, applications)),
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
