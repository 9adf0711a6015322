// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the invitation relay (I-1) and the invitation expiry sweep (I-2) on a daemon thread of
 * its own, like {@link VouchersScheduler} does for vouchers, and as safely on several
 * instances: claims are leases, and each expiry is a conditional write. A run that fails is
 * logged and tried again at the next interval.
 */
final class InvitationScheduler extends TickingLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationScheduler.class);
  private static final Actor SWEEPER = new Actor.Service("invitation-expiry-sweep");

  private final @Nullable MessageRelay<InvitationMessage> relay;
  private final @Nullable ExpireDueInvitations expire;
  private final VouchersProperties properties;
  /** Off once the programme turned out to have no invitation storage (a shop's own bean). */
  private volatile boolean sweeping = true;

  InvitationScheduler(@Nullable MessageRelay<InvitationMessage> relay,
      @Nullable ExpireDueInvitations expire,
      VouchersProperties properties) {
    super(1, n -> "vouchers-invitations");
    this.relay = relay;
    this.expire = expire;
    this.properties = properties;
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
    return tasks;
  }

  /** One tick of the relay: claims and delivers batches until nothing is due. */
  void relay() {
    MessageRelay<InvitationMessage> running = relay;
    if (running == null) {
      return;
    }
    TickRunner.drain(LOG, "invitation relay", properties.outbox().pollInterval(),
        properties.outbox().batchSize(), () -> Either.right(running.relayOnce().claimed()));
  }

  /** One tick of the sweep: writes EXPIRED for due invitations in batches. */
  void sweep() {
    ExpireDueInvitations running = expire;
    if (running == null || !sweeping) {
      return;
    }
    int limit = properties.sweeps().batchSize();
    ExpireDueInvitations.Command command = new ExpireDueInvitations.Command(SWEEPER, limit);
    TickRunner.drain(LOG, "invitation expiry sweep", properties.sweeps().interval(), limit,
        () -> {
          try {
            return running.expire(command);
          } catch (UnsupportedOperationException e) {
            // a shop's own programme without invitation storage: nothing can ever be due
            sweeping = false;
            LOG.info("invitation expiry sweep off: {}", e.getMessage());
            return Either.right(0); // a short batch: the tick ends
          }
        });
  }
}
