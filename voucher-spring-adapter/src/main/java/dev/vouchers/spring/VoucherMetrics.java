// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;

/**
 * Micrometer meters of the programme:
 *
 * <ul>
 *   <li>{@code vouchers.issued}: vouchers issued by orders (O-4);
 *   <li>{@code vouchers.orders.cancelled}: vouchers cancelled with their order (V-6);
 *   <li>{@code vouchers.moves}, tags {@code from} and {@code to}: voucher moves by type (V-1);
 *   <li>{@code vouchers.refusals}, tags {@code use.case} and {@code reason}: refusals by reason;
 *   <li>{@code vouchers.attempts.refused}, tag {@code use.case}: code attempts refused because
 *       their caller key failed too often (G-1); alert when it grows;
 *   <li>{@code vouchers.outbox.backlog}: undelivered messages; {@code vouchers.outbox.age}: age
 *       of the oldest of them (S-2);
 *   <li>{@code vouchers.outbox.parked}, tag {@code outbox} ({@code activation} or
 *       {@code invitation}): messages parked because they can never be delivered (a permanent
 *       failure, or {@code vouchers.outbox.max-attempts} used up); alert when it grows;
 *   <li>{@code vouchers.outbox.relay} and {@code vouchers.sweep.expiry}: timers of the
 *       scheduled runs.
 * </ul>
 *
 * <p>The backlog gauges read the database at most once per five seconds.
 */
public final class VoucherMetrics {
  private final MeterRegistry registry;
  private final Counter issued;
  private final Counter cancelled;
  private final Timer relay;
  private final Timer sweep;

  VoucherMetrics(MeterRegistry registry, OutboxStatus status) {
    this.registry = registry;
    this.issued = Counter.builder("vouchers.issued").description("vouchers issued by orders")
        .register(registry);
    this.cancelled = Counter.builder("vouchers.orders.cancelled")
        .description("vouchers cancelled with their order").register(registry);
    this.relay = Timer.builder("vouchers.outbox.relay")
        .description("one batch of the outbox relay").register(registry);
    this.sweep = Timer.builder("vouchers.sweep.expiry")
        .description("one batch of the expiry sweep").register(registry);
    Gauge.builder("vouchers.outbox.backlog", status, s -> s.read().backlog())
        .description("outbox messages not yet delivered").register(registry);
    TimeGauge.builder("vouchers.outbox.age", status, TimeUnit.SECONDS,
            s -> s.read().oldestAge().toMillis() / 1000.0)
        .description("age of the oldest undelivered outbox message").register(registry);
    Gauge.builder("vouchers.outbox.parked", status, s -> s.read().parked())
        .tag("outbox", "activation")
        .description("outbox messages parked: they can never be delivered").register(registry);
    Gauge.builder("vouchers.outbox.parked", status, s -> s.read().parkedInvitations())
        .tag("outbox", "invitation")
        .description("outbox messages parked: they can never be delivered").register(registry);
  }

  /** Counts one event of the programme. */
  @EventListener
  public void on(ProgrammeEvent event) {
    if (event instanceof ProgrammeEvent.OrderPlaced placed) {
      issued.increment(placed.vouchers());
    } else if (event instanceof ProgrammeEvent.OrderCancelled cancellation) {
      cancelled.increment(cancellation.vouchers());
    } else if (event instanceof ProgrammeEvent.VoucherMoved moved) {
      registry.counter("vouchers.moves", "from", tag(moved.from()), "to", tag(moved.to()))
          .increment();
    } else if (event instanceof ProgrammeEvent.Refused refused) {
      for (ReasonCode reason : refused.refusal().codes()) {
        registry.counter("vouchers.refusals", "use.case", refused.useCase(),
            "reason", tag(reason)).increment();
      }
      if (refused.refusal().has(ReasonCode.TOO_MANY_ATTEMPTS)) {
        registry.counter("vouchers.attempts.refused", "use.case", refused.useCase()).increment();
      }
    }
  }

  private static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  <T> T timeRelay(Supplier<T> run) {
    return relay.record(run);
  }

  <T> T timeSweep(Supplier<T> run) {
    return sweep.record(run);
  }
}
