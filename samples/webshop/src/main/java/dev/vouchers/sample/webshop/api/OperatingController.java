// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the programme: an order found by its short number (M-4), the expiry of one voucher
 * or of every voucher of an order extended by vendor staff with a reason (M-2).
 */
@RestController
class OperatingController {
  private final FindOrderByNumber findOrderByNumber;
  private final ExtendExpiry extendExpiry;

  OperatingController(FindOrderByNumber findOrderByNumber, ExtendExpiry extendExpiry) {
    this.findOrderByNumber = findOrderByNumber;
    this.extendExpiry = extendExpiry;
  }

  /** M-4: the order with this number (spaces or hyphens between the digits are fine). */
  @GetMapping("/api/order-numbers/{number}")
  OrderJsons.OrderJson order(ApiUser actor, @PathVariable("number") String number) {
    return OrderJsons.OrderJson.of(Problems.orRefuse(findOrderByNumber.find(
        new FindOrderByNumber.Command(actor.principal(), number))));
  }

  /** M-2: every voucher of the order valid until {@code until}, with the reason. */
  @PostMapping("/api/orders/{order}/expiry")
  OrderJsons.ExpiryExtendedJson extendOrder(ApiUser actor, @PathVariable("order") String order,
      @RequestBody Bodies.ExpiryBody body) {
    Instant until = Bodies.required(body.until(), "until");
    return OrderJsons.ExpiryExtendedJson.of(Problems.orRefuse(extendExpiry.extend(
        ExtendExpiry.Command.order(actor.principal(), Ids.parse(order, "order", OrderId::of),
            until, Bodies.required(body.why(), "why")))));
  }

  /** M-2: one voucher valid until {@code until}, with the reason. */
  @PostMapping("/api/vouchers/{voucher}/expiry")
  OrderJsons.ExpiryExtendedJson extendVoucher(ApiUser actor, @PathVariable("voucher") String voucher,
      @RequestBody Bodies.ExpiryBody body) {
    Instant until = Bodies.required(body.until(), "until");
    return OrderJsons.ExpiryExtendedJson.of(Problems.orRefuse(extendExpiry.extend(
        ExtendExpiry.Command.voucher(actor.principal(),
            Ids.parse(voucher, "voucher", VoucherId::of), until,
            Bodies.required(body.why(), "why")))));
  }
}
