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
   * @param by how far; never backwards, since the library's history is append-only
   * @return the new offset from real time
   */
  public Duration advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the demo clock only moves forward, not by " + by);
    }
    return offset.updateAndGet(o -> o.plus(by));
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
