// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.OrderingSettings;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.OrderingUseCases;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherUseCases;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The use cases of orders and of one voucher's life, each wired once (ADR 0061), and what the
 * relay of the activation e-mails and the catalog ask of them. The programme builds it with
 * {@link #over}; its services stay in this package (ADR 0068).
 *
 * @param orderVouchers the {@link OrderVouchers} use case
 * @param quoteOrder the {@link QuoteOrder} use case
 * @param getOrder the {@link GetOrder} use case
 * @param listOrders the {@link ListOrders} use case
 * @param findOrderByNumber the {@link FindOrderByNumber} use case
 * @param exportOrderCodes the {@link ExportOrderCodes} use case
 * @param checkCancellation the {@link CheckCancellation} use case
 * @param cancelOrder the {@link CancelOrder} use case
 * @param importCodes the {@link ImportCodes} use case
 * @param searchVouchers the {@link SearchVouchers} use case
 * @param usageReport the {@link UsageReport} use case
 * @param vouchers V-1..V-8, S-2, S-3, C-4, C-5, D-1, D-2, G-1, G-2, G-4, M-2: one voucher's life
 * @param productRedefined told the id of each product defined again: views forget its name
 * @param activationLink S-2, G-2: the link an activation e-mail carries
 * @param activationCurrent G-2: whether an activation message is still worth sending
 */
public record WiredOrdering(OrderVouchers orderVouchers, QuoteOrder quoteOrder,
    GetOrder getOrder, ListOrders listOrders, FindOrderByNumber findOrderByNumber,
    ExportOrderCodes exportOrderCodes, CheckCancellation checkCancellation,
    CancelOrder cancelOrder, ImportCodes importCodes, SearchVouchers searchVouchers,
    UsageReport usageReport, VoucherUseCases vouchers, Consumer<ProductId> productRedefined,
    Function<ActivationMessage, URI> activationLink,
    Predicate<ActivationMessage> activationCurrent) implements OrderingUseCases {

  /**
   * The stores of orders and vouchers and what they are checked against.
   *
   * @param vouchers orders and their vouchers
   * @param partners the partners
   * @param catalog products and prices
   * @param mandates D-2: mandates
   * @param probe D-1: the domain-control probe
   * @param vault C-2, G-4: the codes' keys
   * @param attempts G-1: failed code attempts per caller
   */
  public record Ports(Vouchers vouchers, Partners partners, Catalog catalog, Mandates mandates,
      DomainProbe probe, CodeVault vault, CodeAttempts attempts) {}

  /**
   * The optional ports of the operating calls (M-1, M-3, M-6).
   *
   * @param imports M-1: the import of codes
   * @param searches M-3: support search
   * @param reports M-6: the usage report
   */
  public record Operating(CodeImports imports, VoucherSearches searches, UsageReports reports) {}

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param settings the settings the services read
   * @param events where the services tell what they did
   * @param ports the stores
   * @param operating the optional ports of the operating calls
   * @param keyedOrder G-3: the order under an idempotency key
   * @param keyedSend G-3: the activation e-mail under an idempotency key, given the sending and
   *     how to read the voucher again
   * @param rekeying G-4: the re-keying job
   * @return the wired use cases
   */
  public static WiredOrdering over(Basics basics, OrderingSettings settings,
      OrderingEvents events, Ports ports, Operating operating,
      UnaryOperator<OrderVouchers> keyedOrder,
      BiFunction<SendActivationLink, GetVoucher, SendActivationLink> keyedSend,
      RekeyCodes rekeying) {
    CodeLookups lookups = new CodeLookups(basics, settings, ports.vouchers(), ports.vault(),
        ports.attempts());
    Context context = new Context(basics, settings, events, lookups, ports.vouchers(),
        ports.partners(), ports.catalog(), ports.mandates(), ports.probe(), ports.vault(),
        new ProductNames(ports.catalog(), basics));
    OrderingService ordering = new OrderingService(context);
    ImportService imports = new ImportService(context, operating.imports());
    OrderVouchers order = keyedOrder.apply(ordering);
    ActivationLinks links = new ActivationLinks(context);
    return new WiredOrdering(
        command -> basics.answered(OrderVouchers.class, order.order(command)),
        ordering, ordering, ordering, ordering, ordering, ordering,
        command -> basics.answered(CancelOrder.class, ordering.cancel(command)),
        command -> basics.answered(ImportCodes.class, imports.importCodes(command)),
        new SearchService(context, operating.searches()),
        new UsageReportService(basics, operating.reports()),
        WiredVouchers.over(context, ordering, new LifecycleService(context), keyedSend,
            rekeying),
        context.productNames()::forget, links::link, links::current);
  }
}
