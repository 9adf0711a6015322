// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

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
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;

/** The use cases of orders, each wired once (ADR 0061). */
record WiredOrdering(OrderVouchers orderVouchers, QuoteOrder quoteOrder, GetOrder getOrder,
    ListOrders listOrders, FindOrderByNumber findOrderByNumber,
    ExportOrderCodes exportOrderCodes, CheckCancellation checkCancellation,
    CancelOrder cancelOrder, ImportCodes importCodes, SearchVouchers searchVouchers,
    UsageReport usageReport) implements OrderingUseCases {

  /** The optional ports of the operating calls (M-1, M-3, M-6). */
  record Operating(CodeImports imports, VoucherSearches searches, UsageReports reports) {}

  static WiredOrdering over(Context context, OrderingService ordering,
      IdempotentUseCases keyed, Operating operating) {
    ImportService imports = new ImportService(context.basics(), context.partners(), context.catalog(),
        context.vault(), operating.imports());
    return new WiredOrdering(
        command -> context.answered(OrderVouchers.class, keyed.order(command, ordering::order)),
        ordering, ordering, ordering, ordering, ordering, ordering,
        command -> context.answered(CancelOrder.class, ordering.cancel(command)),
        command -> context.answered(ImportCodes.class, imports.importCodes(command)),
        new SearchService(context, operating.searches()),
        new UsageReportService(context.basics(), operating.reports()));
  }
}
