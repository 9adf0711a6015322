// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * M-6: what a usage report covers (ADR 0050): one partner or all, the half-open interval
 * {@code [from, to)} the counted events happened in, the periods it is broken into, and the
 * instant statuses are seen at (V-4: a due voucher counts as expired before any sweep).
 *
 * @param partner the partner, or empty for every partner (vendor staff only)
 * @param from the first instant counted
 * @param to the first instant no longer counted
 * @param bucket days or months
 * @param asOf the instant statuses are seen at (the clock's reading)
 */
public record UsageQuery(Optional<PartnerId> partner, Instant from, Instant to,
    UsageBucket bucket, Instant asOf) {

  /** Every part required; use {@link #of} to check the interval first. */
  public UsageQuery {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(asOf, "asOf");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a usage report's interval is not empty: " + from
          + ".." + to);
    }
  }

  /**
   * L-4: a query, or every reason the interval is refused: {@code from} before {@code to},
   * both inside the instants every store keeps ({@link Instants}), and no longer than the
   * bucket allows ({@link UsageBucket#maxSpan()}).
   */
  public static Validation<List<Reason>, UsageQuery> of(Optional<PartnerId> partner,
      Instant from, Instant to, UsageBucket bucket, Instant asOf) {
    List<Reason> reasons = new ArrayList<>();
    Instants.check("from", from).ifPresent(reasons::add);
    Instants.check("to", to).ifPresent(reasons::add);
    if (!from.isBefore(to)) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the report's start (from) must be before its end (to)"));
    } else if (reasons.isEmpty() && Duration.between(from, to).compareTo(bucket.maxSpan()) > 0) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "a report by " + bucket.name().toLowerCase(
          java.util.Locale.ROOT) + " spans at most " + bucket.maxSpan().toDays() + " days"));
    }
    return reasons.isEmpty()
        ? Validation.valid(new UsageQuery(partner, from, to, bucket, asOf))
        : Validation.invalid(List.copyOf(reasons));
  }

  /** Whether an event at this instant is counted: inside {@code [from, to)}. */
  public boolean covers(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
