// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * O-5: which of a partner's vouchers to list. Statuses are compared as seen at {@code asOf}
 * (V-4: a due voucher counts as EXPIRED before any sweep).
 *
 * @param partner whose vouchers
 * @param statuses statuses to include (empty: all)
 * @param product only vouchers for this product
 * @param order only vouchers of this order
 * @param asOf the instant statuses are evaluated at
 */
public record VoucherFilter(
    PartnerId partner, Set<VoucherStatus> statuses, Optional<ProductId> product,
    Optional<OrderId> order, Instant asOf) {

  /** Copies the statuses. */
  public VoucherFilter {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(asOf, "asOf");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Whether the voucher passes the filter. */
  public boolean matches(Voucher voucher) {
    return voucher.partner().equals(partner)
        && (statuses.isEmpty() || statuses.contains(voucher.statusAt(asOf)))
        && product.map(p -> voucher.configuration().product().equals(p)).orElse(true)
        && order.map(o -> voucher.order().equals(o)).orElse(true);
  }
}
