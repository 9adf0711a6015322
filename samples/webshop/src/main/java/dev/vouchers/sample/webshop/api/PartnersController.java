// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A partner and what hangs off it: the partner itself (T-5), its prices (T-2), quotes and orders
 * (O-1..O-5), its vouchers (O-5) and, for the vendor's partner manager, its tier (T-5).
 */
@RestController
@RequestMapping("/api/partners/{partner}")
class PartnersController {
  private final GetPartner getPartner;
  private final ShowPriceList showPriceList;
  private final QuoteOrder quoteOrder;
  private final OrderVouchers orderVouchers;
  private final ListOrders listOrders;
  private final ListVouchers listVouchers;
  private final SetPartnerTier setPartnerTier;
  private final VoucherProgramme programme;

  PartnersController(GetPartner getPartner, ShowPriceList showPriceList, QuoteOrder quoteOrder,
      OrderVouchers orderVouchers, ListOrders listOrders, ListVouchers listVouchers,
      SetPartnerTier setPartnerTier, VoucherProgramme programme) {
    this.getPartner = getPartner;
    this.showPriceList = showPriceList;
    this.quoteOrder = quoteOrder;
    this.orderVouchers = orderVouchers;
    this.listOrders = listOrders;
    this.listVouchers = listVouchers;
    this.setPartnerTier = setPartnerTier;
    this.programme = programme;
  }

  /** T-5: the partner with its tier history. */
  @GetMapping
  OrderJsons.PartnerJson partner(ApiUser actor, @PathVariable("partner") String partner) {
    return OrderJsons.PartnerJson.of(Problems.orRefuse(
        getPartner.get(new GetPartner.Command(actor.principal(), partnerId(partner)))));
  }

  /** T-2: every offered configuration at the partner's tier. */
  @GetMapping("/prices")
  OrderJsons.PriceListJson prices(ApiUser actor, @PathVariable("partner") String partner) {
    return OrderJsons.PriceListJson.of(Problems.orRefuse(
        showPriceList.show(new ShowPriceList.Command(actor.principal(), partnerId(partner)))));
  }

  /** O-3: what an order would cost; nothing is stored. */
  @PostMapping("/quotes")
  OrderJsons.QuoteJson quote(ApiUser actor, @PathVariable("partner") String partner,
      @RequestBody Bodies.OrderBody body) {
    return OrderJsons.QuoteJson.of(Problems.orRefuse(quoteOrder.quote(
        new QuoteOrder.Command(actor.principal(), partnerId(partner), body.request()))));
  }

  /**
   * O-1..O-4: places an order; 201 with the order and every code. G-3: with an
   * {@code Idempotency-Key}, the same request again answers the same order and codes.
   */
  @PostMapping("/orders")
  ResponseEntity<OrderJsons.PlacedOrderJson> order(ApiUser actor, @PathVariable("partner") String partner,
      @RequestBody Bodies.OrderBody body,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) @Nullable String key) {
    PlacedOrder placed = Problems.orRefuse(orderVouchers.order(
        new OrderVouchers.Command(actor.principal(), partnerId(partner), body.request(),
            IdempotencyHeader.of(key))));
    CodeFormat format = programme.settings().codeFormat();
    List<OrderJsons.IssuedCodeJson> codes = new ArrayList<>(placed.codes().size());
    for (int i = 0; i < placed.codes().size(); i++) {
      String code = format.format(placed.codes().get(i));
      codes.add(new OrderJsons.IssuedCodeJson(placed.voucher(i).value(), code,
          programme.settings().links().forCode(code)));
    }
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/orders/{order}").buildAndExpand(placed.order().id().value()).toUri();
    return ResponseEntity.created(location)
        .body(new OrderJsons.PlacedOrderJson(OrderJsons.OrderJson.of(placed.order()), codes));
  }

  /** O-5: the partner's orders, newest first. */
  @GetMapping("/orders")
  Json.PageJson<OrderJsons.OrderJson> orders(ApiUser actor, @PathVariable("partner") String partner,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    OrderFilter filter = new OrderFilter(partnerId(partner),
        Queries.statuses(status, OrderStatus.class), productId(product));
    return Json.PageJson.of(Problems.orRefuse(listOrders.list(
        new ListOrders.Command(actor.principal(), filter, Queries.page(size, after)))),
        OrderJsons.OrderJson::of);
  }

  /** O-5: the partner's vouchers, newest first, with their status as of now (V-4). */
  @GetMapping("/vouchers")
  Json.PageJson<VoucherJsons.VoucherJson> vouchers(ApiUser actor, @PathVariable("partner") String partner,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "product", required = false) @Nullable String product,
      @RequestParam(name = "order", required = false) @Nullable String order,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    Optional<OrderId> orderId = Optional.ofNullable(order)
        .map(o -> Ids.parse(o, "order", OrderId::of));
    return Json.PageJson.of(Problems.orRefuse(listVouchers.list(new ListVouchers.Command(
        actor.principal(), partnerId(partner), Queries.statuses(status, VoucherStatus.class),
        productId(product), orderId, Queries.page(size, after)))), VoucherJsons.VoucherJson::of);
  }

  /** T-5: the partner manager changes the partner's tier; the change is recorded. */
  @PutMapping("/tier")
  OrderJsons.TierChangeJson tier(ApiUser actor, @PathVariable("partner") String partner,
      @RequestBody Bodies.TierBody body) {
    String tier = Bodies.required(body.tier(), "tier");
    Tier parsed;
    try {
      parsed = Tier.of(tier);
    } catch (IllegalArgumentException e) {
      throw Problems.malformed("tier must be 1..64 non-blank characters");
    }
    return OrderJsons.TierChangeJson.of(Problems.orRefuse(setPartnerTier.set(
        new SetPartnerTier.Command(actor.principal(), partnerId(partner), parsed))));
  }

  private static PartnerId partnerId(String raw) {
    return Ids.parse(raw, "partner", PartnerId::of);
  }

  private static Optional<ProductId> productId(@Nullable String raw) {
    return Optional.ofNullable(raw).filter(p -> !p.isBlank())
        .map(p -> Ids.parse(p, "product", ProductId::of));
  }
}
