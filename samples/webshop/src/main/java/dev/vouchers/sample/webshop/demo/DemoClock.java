// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock the library reads: real time plus an offset that the admin page moves forward, to
 * show expiry (V-4) and the cancellation window closing (V-6) without waiting a year. A real
 * shop injects {@link Clock#systemUTC()} instead.
 */
public final class DemoClock extends Clock {
  /** The farthest the clock goes ahead of real time: far enough, and no instant overflows. */
  public static final Duration MAX_OFFSET = Duration.ofDays(1000L * 366);

  private final Clock real;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /**
   * A demo clock over a real one.
   *
   * @param real the clock that ticks
   */
  public DemoClock(Clock real) {
    this.real = real;
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far; never backwards, since the library's history is append-only, and at
   *     most to {@link #MAX_OFFSET} ahead of real time, beyond which instants overflow
   * @return the new offset from real time
   * @throws IllegalArgumentException for a step backwards or past {@link #MAX_OFFSET}
   */
  public Duration advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the demo clock only moves forward, not by " + by);
    }
    return offset.updateAndGet(o -> {
      if (by.compareTo(MAX_OFFSET.minus(o)) > 0) {
        throw new IllegalArgumentException("the demo clock goes at most " + MAX_OFFSET.toDays()
            + " days ahead of real time");
      }
      return o.plus(by);
    });
  }

  /** How far ahead of real time this clock is. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return real.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the demo clock keeps its zone");
  }

  @Override
  public Instant instant() {
    return real.instant().plus(offset.get());
  }
}
