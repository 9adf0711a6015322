// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static dev.vouchers.testkit.guard.GuardDraws.page;
import static dev.vouchers.testkit.guard.GuardDraws.partners;
import static dev.vouchers.testkit.guard.GuardDraws.values;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
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
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The generators of the reseller programme. */
final class ResellerCalls {
  private ResellerCalls() {}

  /** Registers the generators of this part of the programme. */
  static void registerAll() {
    UseCaseCalls.register(ApplyAsReseller.class, 2, f -> {
      var p = f.principal(f.world.adminB);
      String partner = f.id("partner", partners());
      return f.call("ApplyAsReseller", () -> new ApplyAsReseller.Command(p,
          new PartnerId(partner)), c -> f.world.programme.resellers().applyAsReseller().apply(c));
    });
    UseCaseCalls.register(SendResellerContract.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String document = f.text("documentReference", "contract-b.pdf");
      return f.call("SendResellerContract", () -> new SendResellerContract.Command(p,
          new ResellerApplicationId(application), document),
          c -> f.world.programme.resellers().sendResellerContract().send(c));
    });
    UseCaseCalls.register(RecordResellerContractSigned.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String document = f.text("documentReference", "signed-b.pdf");
      return f.call("RecordResellerContractSigned", () -> new RecordResellerContractSigned
          .Command(p, new ResellerApplicationId(application), document),
          c -> f.world.programme.resellers().recordResellerContractSigned().record(c));
    });
    UseCaseCalls.register(ApproveResellerApplication.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      BigDecimal discount = f.decimal("discountPercent", new BigDecimal("5"));
      return f.call("ApproveResellerApplication", () -> new ApproveResellerApplication.Command(
          p, new ResellerApplicationId(application), Optional.of(discount)),
          c -> f.world.programme.resellers().approveResellerApplication().approve(c));
    });
    UseCaseCalls.register(RejectResellerApplication.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String why = f.text("why", "not a fit");
      return f.call("RejectResellerApplication", () -> new RejectResellerApplication.Command(p,
          new ResellerApplicationId(application), why),
          c -> f.world.programme.resellers().rejectResellerApplication().reject(c));
    });
    UseCaseCalls.register(GetResellerApplication.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String application = f.id("application", values(f.world.applications));
      return f.call("GetResellerApplication", () -> new GetResellerApplication.Command(p,
          new ResellerApplicationId(application)),
          c -> f.world.programme.resellers().getResellerApplication().get(c));
    });
    UseCaseCalls.register(ListResellerApplications.class, 4, f -> {
      var p = f.principal(f.world.manager);
      Set<ResellerApplicationStatus> statuses =
          f.subset("statuses", ResellerApplicationStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListResellerApplications", () -> new ListResellerApplications.Command(p,
          statuses, page(size, cursor)),
          c -> f.world.programme.resellers().listResellerApplications().list(c));
    });
    UseCaseCalls.register(SetResellerDiscount.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String reseller = f.id("reseller", partners());
      BigDecimal percent = f.decimal("percent", new BigDecimal("15.25"));
      return f.call("SetResellerDiscount", () -> new SetResellerDiscount.Command(p,
          new PartnerId(reseller), percent),
          c -> f.world.programme.resellers().setResellerDiscount().set(c));
    });
    UseCaseCalls.register(LinkCustomer.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2", "cust-3"));
      String reseller = f.id("reseller", partners());
      return f.call("LinkCustomer", () -> new LinkCustomer.Command(p, new CustomerId(customer),
          new PartnerId(reseller)), c -> f.world.programme.resellers().linkCustomer().link(c));
    });
    UseCaseCalls.register(UnlinkCustomer.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      String why = f.text("why", "customer moved");
      return f.call("UnlinkCustomer", () -> new UnlinkCustomer.Command(p,
          new CustomerId(customer), why), c -> f.world.programme.resellers().unlinkCustomer()
              .unlink(c));
    });
    UseCaseCalls.register(GetCustomerLinks.class, 2, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      return f.call("GetCustomerLinks", () -> new GetCustomerLinks.Command(p,
          new CustomerId(customer)), c -> f.world.programme.resellers().getCustomerLinks().get(c));
    });
    UseCaseCalls.register(ListResellerCustomers.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String reseller = f.id("reseller", partners());
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListResellerCustomers", () -> new ListResellerCustomers.Command(p,
          new PartnerId(reseller), page(size, cursor)),
          c -> f.world.programme.resellers().listResellerCustomers().list(c));
    });
    UseCaseCalls.register(DiscountFor.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      java.time.Instant at = f.instant("at");
      return f.call("DiscountFor", () -> new DiscountFor.Command(p, new CustomerId(customer),
          at), c -> f.world.programme.resellers().discountFor().discountFor(c));
    });
    UseCaseCalls.register(PriceCustomerPurchase.class, 4, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      String currency = f.other("listPrice.currency", () -> "CHF",
          HostileInputs.strings()::generate);
      long minor = f.longValue("listPrice.minorUnits", 0, 1_000_000);
      return f.call("PriceCustomerPurchase", () -> new PriceCustomerPurchase.Command(p,
          new CustomerId(customer), Money.ofMinor(currency, minor)),
          c -> f.world.programme.resellers().priceCustomerPurchase().price(c));
    });
  }
}
