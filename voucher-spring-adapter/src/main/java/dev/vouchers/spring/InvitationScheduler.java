package dev.vouchers.spring;

import dev.vouchers.core.application.InvitationRelay;
import dev.vouchers.core.application.OutboxRelay;
import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.Refusal;
import dev.vouchers.core.port.in.ExpireDueInvitations;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the invitation relay (I-1) and the invitation expiry sweep (I-2) on a daemon thread of
 * its own, like {@link VouchersScheduler} does for vouchers, and as safely on several
 * instances: claims are leases, and each expiry is a conditional write. A run that fails is
 * logged and tried again at the next interval.
 */
final class InvitationScheduler implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationScheduler.class);
  private static final Principal SWEEPER = new Principal.Service("invitation-expiry-sweep");
  private static final int MAX_BATCHES_PER_TICK = 100;

  private final @Nullable InvitationRelay relay;
  private final @Nullable ExpireDueInvitations expire;
  private final VouchersProperties properties;
  private @Nullable ScheduledExecutorService executor;
  /** Off once the programme turned out to have no invitation storage (a shop's own bean). */
  private volatile boolean sweeping = true;

  InvitationScheduler(@Nullable InvitationRelay relay, @Nullable ExpireDueInvitations expire,
      VouchersProperties properties) {
    this.relay = relay;
    this.expire = expire;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (executor != null || relay == null && expire == null) {
      return;
    }
    ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "vouchers-invitations");
      thread.setDaemon(true);
      return thread;
    });
    if (relay != null) {
      schedule(started, this::relay, properties.outbox().pollInterval());
    }
    if (expire != null) {
      schedule(started, this::sweep, properties.sweeps().interval());
    }
    executor = started;
  }

  private static void schedule(ScheduledExecutorService on, Runnable task, Duration every) {
    on.scheduleWithFixedDelay(task, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One tick of the relay: claims and delivers batches until nothing is due. */
  void relay() {
    InvitationRelay running = relay;
    if (running == null) {
      return;
    }
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        OutboxRelay.RelayRun run = running.relayOnce();
        if (run.claimed() < properties.outbox().batchSize()
            || Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("invitation relay failed; trying again in {}", properties.outbox().pollInterval(),
          e);
    }
  }

  /** One tick of the sweep: writes EXPIRED for due invitations in batches. */
  void sweep() {
    ExpireDueInvitations running = expire;
    if (running == null || !sweeping) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        Either<Refusal, Integer> expired =
            running.expire(new ExpireDueInvitations.Command(SWEEPER, limit));
        if (expired.isLeft()) {
          LOG.warn("invitation expiry sweep refused: {}", expired.getLeft());
          return;
        }
        if (expired.get() < limit || Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (UnsupportedOperationException e) {
      // a shop's own programme without invitation storage: nothing can ever be due
      sweeping = false;
      LOG.info("invitation expiry sweep off: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("invitation expiry sweep failed; trying again in {}",
          properties.sweeps().interval(), e);
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
