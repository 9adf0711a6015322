// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * U-1: a partner's subscriptions, all or one customer's, newest first, filtered by status as seen
 * now (U-4), paged.
 */
@FunctionalInterface
public interface ListSubscriptions {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Page<SubscriptionView>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose subscriptions
   * @param customer only this customer's (empty: all)
   * @param statuses statuses to include (empty: all)
   * @param page the page
   */
  record Command(Actor principal, PartnerId partner, Optional<CustomerId> customer, Set<SubscriptionStatus> statuses, PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(statuses, "statuses");
      Objects.requireNonNull(page, "page");
      statuses = Set.copyOf(statuses);
    }
  }
}
