// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * G-4 (ADR 0051): Micrometer meters of key rotation:
 *
 * <ul>
 *   <li>{@code vouchers.codes.rekeyed}: codes this instance's re-keying runs moved to the
 *       current key;
 *   <li>{@code vouchers.codes.older.keys}: stored codes still under an older key of the ring
 *       (the job's progress; 0 when an older key can be dropped). Read from the store at most
 *       once a minute, and not at all while the ring has one key.
 * </ul>
 */
final class KeyRotationMeters {
  private static final Actor METRICS = new Actor.Service("key-rotation-metrics");
  private static final Duration FRESH = Duration.ofMinutes(1);

  private final VoucherProgramme programme;
  private final Clock clock;
  private Instant readAt = Instant.MIN;
  private double left;

  KeyRotationMeters(MeterRegistry registry, VoucherProgramme programme, Clock clock) {
    this.programme = programme;
    this.clock = clock;
    FunctionCounter.builder("vouchers.codes.rekeyed", programme, VoucherProgramme::codesRekeyed)
        .description("codes moved to the current key by this instance's re-keying runs")
        .register(registry);
    Gauge.builder("vouchers.codes.older.keys", this, KeyRotationMeters::left)
        .description("stored codes still under an older key of the ring").register(registry);
  }

  synchronized double left() {
    Instant now = clock.instant();
    if (readAt.plus(FRESH).isBefore(now) || readAt.equals(Instant.MIN)) {
      left = programme.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(METRICS, 0))
          .map(progress -> (double) progress.left()).getOrElse(Double.NaN);
      readAt = now;
    }
    return left;
  }
}
