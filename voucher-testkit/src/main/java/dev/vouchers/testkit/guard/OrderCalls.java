// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static dev.vouchers.testkit.guard.GuardDraws.REQUEST_FIELDS;
import static dev.vouchers.testkit.guard.GuardDraws.page;
import static dev.vouchers.testkit.guard.GuardDraws.partners;
import static dev.vouchers.testkit.guard.GuardDraws.request;
import static dev.vouchers.testkit.guard.GuardDraws.values;
import static dev.vouchers.testkit.guard.GuardDraws.vouchers;

import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The generators of the ordering use cases of {@link UseCaseCalls}: orders, listings, exports,
 * searches, imports (O-1..O-5, M-1..M-6).
 */
final class OrderCalls {
  private OrderCalls() {}

  /** Registers the generators of this part of the programme. */
  static void registerAll() {
    UseCaseCalls.register(OrderVouchers.class, 2 + REQUEST_FIELDS, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      OrderRequest request = request(f);
      return f.call("OrderVouchers", () -> new OrderVouchers.Command(p, new PartnerId(partner),
          request), c -> f.world.programme.ordering().orderVouchers().order(c));
    });
    UseCaseCalls.register(QuoteOrder.class, 2 + REQUEST_FIELDS, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      OrderRequest request = request(f);
      return f.call("QuoteOrder", () -> new QuoteOrder.Command(p, new PartnerId(partner),
          request), c -> f.world.programme.ordering().quoteOrder().quote(c));
    });
    UseCaseCalls.register(ShowPriceList.class, 2, f -> {
      var p = f.principal(f.world.salesA);
      String partner = f.id("partner", partners());
      return f.call("ShowPriceList", () -> new ShowPriceList.Command(p, new PartnerId(partner)),
          c -> f.world.programme.catalog().showPriceList().show(c));
    });
    UseCaseCalls.register(GetPartner.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      return f.call("GetPartner", () -> new GetPartner.Command(p, new PartnerId(partner)),
          c -> f.world.programme.partners().getPartner().get(c));
    });
    UseCaseCalls.register(GetOrder.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("GetOrder", () -> new GetOrder.Command(p, new OrderId(order)),
          c -> f.world.programme.ordering().getOrder().get(c));
    });
    UseCaseCalls.register(ListOrders.class, 6, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Set<OrderStatus> statuses = f.subset("statuses", OrderStatus.class);
      Optional<String> product = f.other("product", () -> f.chance(50) ? Optional.<String>empty()
          : Optional.of(GuardWorld.SSL.value()), in -> Optional.of(
              HostileInputs.idStrings().generate(in)));
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListOrders", () -> new ListOrders.Command(p, new OrderFilter(
          new PartnerId(partner), statuses, product.map(ProductId::new)), page(size, cursor)),
          c -> f.world.programme.ordering().listOrders().list(c));
    });
    UseCaseCalls.register(ListVouchers.class, 7, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Set<VoucherStatus> statuses = f.subset("statuses", VoucherStatus.class);
      Optional<String> product = f.optionalText("product", GuardWorld.SSL.value());
      Optional<String> order = f.other("order", () -> f.chance(50) ? Optional.<String>empty()
          : Optional.of(f.pick(values(f.world.orders))), in -> Optional.of(
              HostileInputs.idStrings().generate(in)));
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListVouchers", () -> new ListVouchers.Command(p, new PartnerId(partner),
          statuses, product.map(ProductId::new), order.map(OrderId::new), page(size, cursor)),
          c -> f.world.programme.vouchers().listVouchers().list(c));
    });
    UseCaseCalls.register(GetVoucher.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("GetVoucher", () -> new GetVoucher.Command(p, new VoucherId(voucher)),
          c -> f.world.programme.vouchers().getVoucher().get(c));
    });
    UseCaseCalls.register(ExportOrderCodes.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("ExportOrderCodes", () -> new ExportOrderCodes.Command(p, new OrderId(order),
          new StringWriter()), c -> f.world.programme.ordering().exportOrderCodes().export(c));
    });
    UseCaseCalls.register(UsageReport.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      java.time.Instant from = f.instant("from");
      java.time.Instant to = f.instant("to");
      UsageBucket bucket = f.chance(50) ? UsageBucket.DAY : UsageBucket.MONTH;
      return f.call("UsageReport", () -> new UsageReport.Command(p,
          Optional.of(new PartnerId(partner)), from, to, bucket),
          c -> f.world.programme.ordering().usageReport().csv(c, new StringWriter()));
    });
    UseCaseCalls.register(ImportCodes.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      String format = f.text("format", "legacy");
      String code = f.text("code", "AB12CD34");
      String product = f.text("product", "ssl-dv");
      String status = f.text("status", "VALID");
      String expires = f.text("expires", "2027-06-30");
      String recipient = f.text("recipient", "");
      return f.call("ImportCodes", () -> new ImportCodes.Command(p, new PartnerId(partner),
          format, List.of(new ImportRow(2, code, product, "1", "1", "0", status, expires,
              recipient, "note"))::forEach),
          c -> f.world.programme.ordering().importCodes().importCodes(c));
    });
    UseCaseCalls.register(FindOrderByNumber.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String number = f.text("number", "123 456 789");
      return f.call("FindOrderByNumber", () -> new FindOrderByNumber.Command(p, number),
          c -> f.world.programme.ordering().findOrderByNumber().find(c));
    });
    UseCaseCalls.register(SearchVouchers.class, 5, f -> {
      var p = f.principal(f.world.support);
      Optional<String> partner = f.other("partner", () -> f.chance(50)
          ? Optional.<String>empty() : Optional.of(f.pick(partners())),
          in -> Optional.of(HostileInputs.idStrings().generate(in)));
      SearchVouchers.By by = f.choice("by", SearchVouchers.By.class);
      String text = f.text("text", "kunde@example.ch");
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("SearchVouchers", () -> new SearchVouchers.Command(p,
          partner.map(PartnerId::new), by, text, page(size, cursor)),
          c -> f.world.programme.ordering().searchVouchers().search(c));
    });
    UseCaseCalls.register(ExtendExpiry.class, 4, f -> {
      var p = f.principal(f.world.support);
      boolean whole = f.chance(50);
      String target = whole ? f.id("order", values(f.world.orders))
          : f.id("voucher", vouchers(f.world));
      java.time.Instant until = f.instant("until");
      String why = f.text("why", "goodwill");
      return f.call("ExtendExpiry", () -> whole
              ? ExtendExpiry.Command.order(p, new OrderId(target), until, why)
              : ExtendExpiry.Command.voucher(p, new VoucherId(target), until, why),
          c -> f.world.programme.vouchers().extendExpiry().extend(c));
    });
    UseCaseCalls.register(ErasePersonalData.class, 4, f -> {
      var p = f.principal(f.world.support);
      Optional<String> address = f.optionalText("address", "someone@example.org");
      Optional<String> partner = f.optionalText("partner", GuardWorld.A.value());
      Optional<String> customer = f.optionalText("customer", "Customer");
      return f.call("ErasePersonalData",
          () -> new ErasePersonalData.Command(p, address, partner, customer),
          c -> f.world.programme.erasePersonalData().erase(c));
    });
    UseCaseCalls.register(PrintVoucher.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("PrintVoucher", () -> new PrintVoucher.Command(p, new VoucherId(voucher)),
          c -> f.world.programme.vouchers().printVoucher().print(c));
    });
    UseCaseCalls.register(CheckCancellation.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("CheckCancellation", () -> new CheckCancellation.Command(p,
          new OrderId(order)), c -> f.world.programme.ordering().checkCancellation().check(c));
    });
    UseCaseCalls.register(CancelOrder.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      String why = f.text("why", "customer changed their mind");
      return f.call("CancelOrder", () -> new CancelOrder.Command(p, new OrderId(order), why),
          c -> f.world.programme.ordering().cancelOrder().cancel(c));
    });
  }
}
