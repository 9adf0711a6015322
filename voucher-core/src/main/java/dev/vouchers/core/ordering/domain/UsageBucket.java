// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * M-6: the periods a usage report is broken into, calendar days or months in UTC (ADR 0050).
 * A report's first and last period may be cut by its interval.
 */
public enum UsageBucket {
  /** One row per UTC calendar day. L-4: a report spans at most 366 days. */
  DAY(Duration.ofDays(366)),
  /** One row per UTC calendar month. L-4: a report spans at most 3,660 days (about 10 years). */
  MONTH(Duration.ofDays(3660));

  private final Duration maxSpan;

  UsageBucket(Duration maxSpan) {
    this.maxSpan = maxSpan;
  }

  /** L-4: the longest interval a report with this bucket may span. */
  public Duration maxSpan() {
    return maxSpan;
  }

  /**
   * The period an instant falls in, named by its first day.
   *
   * @param at the instant
   * @return the UTC day, or the first day of the UTC month
   */
  public LocalDate periodOf(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return this == DAY ? day : day.withDayOfMonth(1);
  }
}
