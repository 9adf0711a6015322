// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

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
      OrderId id, Partner partner, Principal by, OrderRequest.Valid request,
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
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new Order(id, partner.id(), request.customerName(), request.notes(),
        request.paymentMethod(), lines, now, by.describe(), OrderStatus.OPEN, Optional.empty(),
        0));
  }
}
