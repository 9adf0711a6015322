// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.sample.webshop.csv.LazyCsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One order: read it with its vouchers (O-3), export its codes (S-1), ask whether it may be
 * cancelled and cancel it (V-6).
 */
@RestController
@RequestMapping("/api/orders/{order}")
class OrdersController {
  private final GetOrder getOrder;
  private final ExportOrderCodes exportOrderCodes;
  private final CheckCancellation checkCancellation;
  private final CancelOrder cancelOrder;

  OrdersController(GetOrder getOrder, ExportOrderCodes exportOrderCodes,
      CheckCancellation checkCancellation, CancelOrder cancelOrder) {
    this.getOrder = getOrder;
    this.exportOrderCodes = exportOrderCodes;
    this.checkCancellation = checkCancellation;
    this.cancelOrder = cancelOrder;
  }

  /**
   * O-3: the order with lines, prices, totals, its vouchers' counts per status and one page of
   * its vouchers ({@code size} 1..500, {@code after} the previous page's {@code next}).
   */
  @GetMapping
  OrderJsons.OrderDetailsJson order(ApiUser actor, @PathVariable("order") String order,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String after) {
    return OrderJsons.OrderDetailsJson.of(Problems.orRefuse(getOrder.get(new GetOrder.Command(
        actor.principal(), orderId(order), Queries.page(size, after)))));
  }

  /**
   * S-1: every code of the order as CSV, streamed to the response as the library reads the
   * vouchers. The response is only started once the library writes its first row, so that a
   * refusal is still answered as a problem.
   */
  @GetMapping("/codes.csv")
  void codes(ApiUser actor, @PathVariable("order") String order, HttpServletResponse response) {
    OrderId id = orderId(order);
    try (Writer out = new LazyCsvWriter(response, "order-" + id.value() + "-codes.csv")) {
      Problems.orRefuse(exportOrderCodes.export(
          new ExportOrderCodes.Command(actor.principal(), id, out)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** V-6: "may I cancel this order, and until when?", without trying. */
  @GetMapping("/cancellation")
  OrderJsons.CancellationVerdictJson cancellation(ApiUser actor, @PathVariable("order") String order) {
    return OrderJsons.CancellationVerdictJson.of(Problems.orRefuse(checkCancellation.check(
        new CheckCancellation.Command(actor.principal(), orderId(order)))));
  }

  /** V-6: cancels the whole order; every voucher CANCELLED, the full amount refunded. */
  @PostMapping("/cancellation")
  OrderJsons.CancellationJson cancel(ApiUser actor, @PathVariable("order") String order,
      @RequestBody(required = false) Bodies.@Nullable WhyBody body) {
    String why = body == null || body.why() == null ? "" : body.why();
    return OrderJsons.CancellationJson.of(Problems.orRefuse(cancelOrder.cancel(
        new CancelOrder.Command(actor.principal(), orderId(order), why))));
  }

  private static OrderId orderId(String raw) {
    return Ids.parse(raw, "order", OrderId::of);
  }

}
