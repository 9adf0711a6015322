// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

/**
 * The use cases of orders: placing, quoting, reading, cancelling, exporting, and the operating
 * calls over orders (O-1..O-5, V-6, S-1, M-1, M-3, M-4, M-6), as one programme hands them out
 * ({@code programme.ordering()}). Each is wired once; the state-changing ones publish their
 * refusals (V-3).
 */
public interface OrderingUseCases {
  /** O-1..O-4. */
  OrderVouchers orderVouchers();

  /** O-3: prices an order without placing it. */
  QuoteOrder quoteOrder();

  /** O-3. */
  GetOrder getOrder();

  /** O-5. */
  ListOrders listOrders();

  /** M-4. */
  FindOrderByNumber findOrderByNumber();

  /** S-1. */
  ExportOrderCodes exportOrderCodes();

  /** V-6. */
  CheckCancellation checkCancellation();

  /** V-6. */
  CancelOrder cancelOrder();

  /** M-1: vendor staff import codes of an earlier system as an imported order (ADR 0053). */
  ImportCodes importCodes();

  /** M-3: support search by e-mail, last four symbols, customer name, notes or order number. */
  SearchVouchers searchVouchers();

  /** M-6: the usage report per partner, product and period, streamed (ADR 0050). */
  UsageReport usageReport();
}
