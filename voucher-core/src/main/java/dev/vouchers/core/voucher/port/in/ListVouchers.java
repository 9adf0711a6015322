// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * O-5: a partner's vouchers, newest first, filtered by status (as of now, V-4), product and order, paged. The service sets the filter's time to now.
 */
@FunctionalInterface
public interface ListVouchers {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Page<VoucherView>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose vouchers
   * @param statuses statuses to include, empty for all
   * @param product only this product
   * @param order only this order
   * @param page which page
   */
  record Command(Actor principal, PartnerId partner, Set<VoucherStatus> statuses, Optional<ProductId> product, Optional<OrderId> order, PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(statuses, "statuses");
      Objects.requireNonNull(product, "product");
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(page, "page");
    }
  }
}
