// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.out;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Storage of reseller applications, their append-only history and the reseller
 * discounts they carry. Every write is atomic; conditional writes apply only if what they
 * change is unchanged since read. {@code ResellerApplicationsContract} in the testkit pins the
 * behaviour.
 */
public interface ResellerApplications {

  /**
   * stores a new application, unless its partner has an active (open or approved) one
   * already: one active application per partner, decided by the store so that concurrent
   * submissions cannot both succeed.
   *
   * @return whether it was stored; false means the partner has an active application and
   *     nothing was written
   */
  boolean insertApplication(ResellerApplication application);

  /** The application, if stored. */
  Optional<ResellerApplication> application(ResellerApplicationId id);

  /** the partner's open or approved application, if it has one (at most one). */
  Optional<ResellerApplication> activeApplication(PartnerId partner);

  /**
   * O-5, L-1: one page of the partner's applications in one of the statuses (empty: all),
   * newest first: submission time descending, then id ascending. The first page counts them up
   * to {@link Page.Total#CAP}.
   */
  Page<ResellerApplication> applicationsOf(PartnerId partner,
      Set<ResellerApplicationStatus> statuses, PageRequest page);

  /**
   * O-5, L-1: one page of the applications of every partner in one of the statuses (empty:
   * all), newest first: submission time descending, then id ascending. The first page counts
   * them up to {@link Page.Total#CAP}.
   */
  Page<ResellerApplication> applicationsWithStatus(Set<ResellerApplicationStatus> statuses,
      PageRequest page);

  /**
   * applies a move if the stored version is still {@code move.before().version()},
   * appending its history entry and its discount change in the same atomic step. An
   * application that becomes REJECTED no longer holds the partner's place.
   *
   * @return whether it applied; false means a concurrent writer came first and nothing was
   *     written
   */
  boolean updateApplication(ResellerApplicationMove move);

  /** the application's moves in the order they were written. */
  List<ResellerApplicationEntry> applicationHistory(ResellerApplicationId id);

  /** the discount changes of the application, oldest first. */
  List<DiscountChange> discountHistory(ResellerApplicationId id);
}
