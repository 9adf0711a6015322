// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * V-6: the answer to "may I cancel this order, and until when?", given without trying.
 *
 * @param allowed whether cancelling now would succeed
 * @param until the last instant at which cancelling may succeed (while no voucher is used),
 *     empty when cancelling can never succeed any more
 * @param reasons every reason that applies when not allowed (empty when allowed)
 */
public record CancellationVerdict(boolean allowed, Optional<Instant> until, List<Reason> reasons) {
  /** An allowed verdict has no reasons; a refused one has at least one. */
  public CancellationVerdict {
    Objects.requireNonNull(until, "until");
    reasons = List.copyOf(reasons);
    if (allowed == !reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons are given exactly when not allowed");
    }
  }
}
