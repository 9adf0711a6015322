// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * G-1: how many failed code attempts one caller key may make within a window before further
 * attempts are refused until the window ends (default 10 within 15 minutes).
 *
 * @param maxFailures failures counted in one window, 1..{@value #MAX_FAILURES}
 * @param window how long a window lasts from its first failure, 1 second..1 day
 */
public record AttemptLimit(int maxFailures, Duration window) {
  /** The most failures a window may be configured to allow. */
  public static final int MAX_FAILURES = 1_000_000;
  /** The longest window. */
  public static final Duration MAX_WINDOW = Duration.ofDays(1);

  /** Broken configuration throws, naming the bounds. */
  public AttemptLimit {
    Objects.requireNonNull(window, "window");
    if (maxFailures < 1 || maxFailures > MAX_FAILURES) {
      throw new IllegalArgumentException("attempt limit: maxFailures must be 1.." + MAX_FAILURES);
    }
    if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException("attempt limit: window must be 1 second..1 day");
    }
  }

  /** The brief's default: 10 failures within 15 minutes. */
  public static AttemptLimit defaults() {
    return new AttemptLimit(10, Duration.ofMinutes(15));
  }
}
