package dev.vouchers.spring;

import dev.vouchers.core.application.OutboxRelay;
import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.Refusal;
import dev.vouchers.core.port.in.ExpireDueVouchers;
import dev.vouchers.core.port.in.RenewOrExpireSubscriptions;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox relay (S-2), the expiry sweep (V-4) and the subscription sweep (U-4) on
 * daemon threads of its own, so the shop's own scheduling is left alone. Safe with any number
 * of shop instances: the relay claims with {@code FOR UPDATE SKIP LOCKED} (no message is
 * claimed twice while leased) and the sweeps move each voucher or subscription with a
 * conditional write (one settled by another instance is skipped). A run that fails is logged
 * and tried again at the next interval.
 */
final class VouchersScheduler implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(VouchersScheduler.class);
  private static final Principal SWEEPER = new Principal.Service("vouchers-expiry-sweep");
  private static final Principal RENEWER = new Principal.Service("vouchers-subscription-sweep");
  /** Drains at most this many full batches per tick, then yields to the next tick. */
  private static final int MAX_BATCHES_PER_TICK = 100;

  private final @Nullable OutboxRelay relay;
  private final @Nullable ExpireDueVouchers expire;
  private final VouchersProperties properties;
  private final Optional<VoucherMetrics> metrics;
  private @Nullable ScheduledExecutorService executor;
  private @Nullable RenewOrExpireSubscriptions renew;

  VouchersScheduler(@Nullable OutboxRelay relay, @Nullable ExpireDueVouchers expire,
      VouchersProperties properties, Optional<VoucherMetrics> metrics) {
    this.relay = relay;
    this.expire = expire;
    this.properties = properties;
    this.metrics = metrics;
  }

  /**
   * U-4: also runs the subscription sweep (renewals and expiries at term ends) at the sweep
   * interval; null leaves it off.
   */
  VouchersScheduler renewingSubscriptions(@Nullable RenewOrExpireSubscriptions renew) {
    this.renew = renew;
    return this;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    ScheduledExecutorService started = Executors.newScheduledThreadPool(3, task -> {
      Thread thread = new Thread(task, "vouchers-scheduler-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    if (relay != null) {
      schedule(started, this::relay, properties.outbox().pollInterval());
    }
    if (expire != null) {
      schedule(started, this::sweep, properties.sweeps().interval());
    }
    if (renew != null) {
      schedule(started, this::renew, properties.sweeps().interval());
    }
    executor = started;
  }

  private static void schedule(ScheduledExecutorService on, Runnable task, Duration every) {
    on.scheduleWithFixedDelay(task, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One tick of the relay: claims and delivers batches until the outbox has no due message. */
  void relay() {
    OutboxRelay running = relay;
    if (running == null) {
      return;
    }
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        OutboxRelay.RelayRun run = metrics.map(m -> m.timeRelay(running::relayOnce))
            .orElseGet(running::relayOnce);
        if (run.claimed() < properties.outbox().batchSize() || Thread.currentThread()
            .isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("outbox relay failed; trying again in {}", properties.outbox().pollInterval(), e);
    }
  }

  /** One tick of the sweep: expires due vouchers in batches until none is due. */
  void sweep() {
    ExpireDueVouchers running = expire;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        ExpireDueVouchers.Command command = new ExpireDueVouchers.Command(SWEEPER, limit);
        Either<Refusal, Integer> expired = metrics.map(m -> m.timeSweep(
            () -> running.expire(command))).orElseGet(() -> running.expire(command));
        if (expired.isLeft()) {
          LOG.warn("expiry sweep refused: {}", expired.getLeft());
          return;
        }
        if (expired.get() < limit || Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("expiry sweep failed; trying again in {}", properties.sweeps().interval(), e);
    }
  }

  /** U-4: one tick of the subscription sweep: settles due subscriptions in batches. */
  void renew() {
    RenewOrExpireSubscriptions running = renew;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        Either<Refusal, RenewOrExpireSubscriptions.Swept> swept = running.renewOrExpire(
            new RenewOrExpireSubscriptions.Command(RENEWER, limit));
        if (swept.isLeft()) {
          LOG.warn("subscription sweep refused: {}", swept.getLeft());
          return;
        }
        if (swept.get().subscriptions() < limit || Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("subscription sweep failed; trying again in {}", properties.sweeps().interval(),
          e);
    }
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running == null) {
      return;
    }
    running.shutdown();
    try {
      if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
