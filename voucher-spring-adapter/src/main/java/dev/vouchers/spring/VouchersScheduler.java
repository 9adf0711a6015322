// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox relay (S-2), the expiry sweep (V-4), the subscription sweep (U-4), the
 * sweep of ended attempt windows (G-1) and the automatic erasure of personal data (E-1) on
 * daemon threads of its own, so the shop's own scheduling is left alone. Safe with any number
 * of shop instances: the relay claims with {@code FOR UPDATE SKIP LOCKED} (no message is
 * claimed twice while leased) and the sweeps move each voucher or subscription with a
 * conditional write (one settled by another instance is skipped). A run that fails is logged
 * and tried again at the next interval.
 */
final class VouchersScheduler extends TickingLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(VouchersScheduler.class);
  private static final Actor SWEEPER = new Actor.Service("vouchers-expiry-sweep");
  private static final Actor RENEWER = new Actor.Service("vouchers-subscription-sweep");

  private final @Nullable MessageRelay<ActivationMessage> relay;
  private final @Nullable ExpireDueVouchers expire;
  private final VouchersProperties properties;
  private final Optional<VoucherMetrics> metrics;
  private @Nullable RenewOrExpireSubscriptions renew;
  private @Nullable VoucherProgramme attempts;
  private @Nullable VoucherProgramme idempotencyKeys;
  private @Nullable VoucherProgramme erasure;

  VouchersScheduler(@Nullable MessageRelay<ActivationMessage> relay,
      @Nullable ExpireDueVouchers expire,
      VouchersProperties properties, Optional<VoucherMetrics> metrics) {
    super(3, n -> "vouchers-scheduler-" + n);
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

  /**
   * G-1: also deletes ended attempt windows at the sweep interval (bounded storage); null
   * leaves it off.
   */
  VouchersScheduler sweepingCodeAttempts(@Nullable VoucherProgramme programme) {
    this.attempts = programme;
    return this;
  }

  /**
   * G-3: also deletes idempotency keys older than their retention at the sweep interval; null
   * leaves it off.
   */
  VouchersScheduler sweepingIdempotencyKeys(@Nullable VoucherProgramme programme) {
    this.idempotencyKeys = programme;
    return this;
  }

  /**
   * E-1: also erases the personal data of vouchers and invitations closed longer than
   * {@code vouchers.erasure.retention} ago, every {@code vouchers.erasure.interval}; null
   * leaves it off.
   */
  VouchersScheduler erasingPersonalData(@Nullable VoucherProgramme programme) {
    this.erasure = programme;
    return this;
  }

  @Override
  List<TickRunner.Task> tasks() {
    List<TickRunner.Task> tasks = new ArrayList<>();
    if (relay != null) {
      tasks.add(new TickRunner.Task(this::relay, properties.outbox().pollInterval()));
    }
    if (expire != null) {
      tasks.add(new TickRunner.Task(this::sweep, properties.sweeps().interval()));
    }
    if (renew != null) {
      tasks.add(new TickRunner.Task(this::renew, properties.sweeps().interval()));
    }
    if (attempts != null) {
      tasks.add(new TickRunner.Task(this::forgetAttempts, properties.sweeps().interval()));
    }
    if (idempotencyKeys != null) {
      tasks.add(new TickRunner.Task(this::forgetIdempotencyKeys, properties.sweeps().interval()));
    }
    if (erasure != null) {
      tasks.add(new TickRunner.Task(this::erasePersonalData, properties.erasure().interval()));
    }
    return tasks;
  }

  /** One tick of the relay: claims and delivers batches until the outbox has no due message. */
  void relay() {
    MessageRelay<ActivationMessage> running = relay;
    if (running == null) {
      return;
    }
    TickRunner.drain(LOG, "outbox relay", properties.outbox().pollInterval(),
        properties.outbox().batchSize(), () -> Either.right(metrics
            .map(m -> m.timeRelay(running::relayOnce)).orElseGet(running::relayOnce).claimed()));
  }

  /** One tick of the sweep: expires due vouchers in batches until none is due. */
  void sweep() {
    ExpireDueVouchers running = expire;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    ExpireDueVouchers.Command command = new ExpireDueVouchers.Command(SWEEPER, limit);
    TickRunner.drain(LOG, "expiry sweep", properties.sweeps().interval(), limit,
        () -> metrics.map(m -> m.timeSweep(() -> running.expire(command)))
            .orElseGet(() -> running.expire(command)));
  }

  /** U-4: one tick of the subscription sweep: settles due subscriptions in batches. */
  void renew() {
    RenewOrExpireSubscriptions running = renew;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    RenewOrExpireSubscriptions.Command command =
        new RenewOrExpireSubscriptions.Command(RENEWER, limit);
    TickRunner.drain(LOG, "subscription sweep", properties.sweeps().interval(), limit,
        () -> running.renewOrExpire(command).map(RenewOrExpireSubscriptions.Swept::subscriptions));
  }

  /** G-1: one tick of the attempt sweep: deletes ended windows in batches. */
  void forgetAttempts() {
    VoucherProgramme running = attempts;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    TickRunner.drain(LOG, "code attempt sweep", properties.sweeps().interval(), limit,
        () -> Either.right(running.sweepCodeAttempts(limit)));
  }

  /** G-3: one tick of the idempotency key sweep: deletes expired keys in batches. */
  void forgetIdempotencyKeys() {
    VoucherProgramme running = idempotencyKeys;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    TickRunner.drain(LOG, "idempotency key sweep", properties.sweeps().interval(), limit,
        () -> Either.right(running.sweepIdempotencyKeys(limit)));
  }

  /** E-1: one tick of the automatic erasure: erases closed items' personal data in batches. */
  void erasePersonalData() {
    VoucherProgramme running = erasure;
    if (running == null) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    TickRunner.drain(LOG, "personal data erasure", properties.erasure().interval(), limit,
        () -> Either.right(running.sweepPersonalData(properties.erasure().retention(), limit)));
  }
}
