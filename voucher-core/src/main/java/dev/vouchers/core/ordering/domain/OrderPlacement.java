// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * O-1..O-3, T-2, T-4: turns a checked request into a priced order for a partner. Prices are
 * resolved now, at the partner's current tier, and frozen on the lines.
 */
public final class OrderPlacement {
  private OrderPlacement() {}

  /**
   * The priced order, or every reason it cannot be placed: the feature is off (O-1), a product
   * is unknown or does not offer the configuration (P-1), the price book has no price (T-2).
   */
  public static Either<Refusal, Order> place(
      OrderId id, OrderNumber orderNumber, Partner partner, Actor by, OrderRequest.Valid request,
      Function<ProductId, Optional<Product>> products, PriceBook prices, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!partner.has(Feature.VOUCHERS)) {
      reasons.add(Reason.of(ReasonCode.FEATURE_DISABLED,
          "the voucher feature is not enabled for this partner"));
    }
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      OrderRequest.ValidLine line = request.lines().get(i);
      int number = i + 1;
      ProductConfiguration configuration = line.configuration();
      Optional<Product> product = products.apply(configuration.product());
      if (product.isEmpty()) {
        reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED,
            "line " + number + ": unknown product " + configuration.product()));
        continue;
      }
      List<Reason> offered = product.get().check(configuration);
      if (!offered.isEmpty()) {
        offered.forEach(r -> reasons.add(Reason.of(r.code(), "line " + number + ": " + r.message())));
        continue;
      }
      Either<Refusal, PriceQuote> quote = prices.quote(configuration, partner.tier());
      if (quote.isLeft()) {
        quote.getLeft().reasons().forEach(r ->
            reasons.add(Reason.of(r.code(), "line " + number + ": " + r.message())));
        continue;
      }
      lines.add(new OrderLine(number, configuration, product.get().name(),
          line.quantity(), quote.get()));
    }
    if (reasons.isEmpty()) {
      total(lines).ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new Order(id, orderNumber, partner.id(), request.customerName(), request.notes(),
        request.paymentMethod(), lines, now, by.describe(), OrderStatus.OPEN, Optional.empty(),
        0));
  }

  /**
   * O-3, L-4: whether the order's total and voucher count are in range, computed exactly
   * before anything is written (a total that would overflow is refused, never stored).
   */
  static Optional<Reason> total(List<OrderLine> lines) {
    long[] prices = new long[lines.size()];
    long[] quantities = new long[lines.size()];
    long vouchers = 0;
    for (int i = 0; i < lines.size(); i++) {
      prices[i] = lines.get(i).unitPrice().minorUnits();
      quantities[i] = lines.get(i).quantity();
      vouchers += lines.get(i).quantity();
    }
    if (vouchers > Integer.MAX_VALUE) {
      return Optional.of(Reason.of(ReasonCode.QUANTITY_OUT_OF_RANGE,
          "an order issues at most " + Integer.MAX_VALUE + " vouchers"));
    }
    if (Money.sumOfProducts(prices, quantities, Money.MAX_TOTAL_MINOR_UNITS).isEmpty()) {
      return Optional.of(Reason.of(ReasonCode.INVALID_INPUT, "the order total must be 0.."
          + Money.MAX_TOTAL_MINOR_UNITS + " minor units; order fewer units or lines"));
    }
    return Optional.empty();
  }
}
