// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.out;

import dev.vouchers.core.programme.domain.ProgrammeEvent;

/**
 * Where the programme tells what it did ({@link ProgrammeEvent}): for application events and
 * metrics. Optional; the default publishes nothing.
 *
 * <p>The programme calls {@link #publish} on the calling thread, after the storage accepted
 * the change (the store's write returned success), never for a change that was not written
 * (a conditional write that lost to a concurrent writer and was retried is published once,
 * for the attempt that was written). When the storage adapter joins an outer transaction
 * (e.g. one the webshop opened around the use case), "accepted" is not yet "committed": such
 * an adapter must defer delivery to after the commit and drop the events on rollback.
 *
 * <p>Events are notifications, not a durable record: they are not written with the change,
 * so one may be lost if the process dies right after the write. Whatever must not be lost is
 * in the history (V-2) and the outbox (S-2).
 *
 * <p>An exception thrown by {@link #publish} is caught and logged at WARN by the programme:
 * a listener never turns a change that was done into a failure.
 */
@FunctionalInterface
public interface ProgrammeEvents {

  /** Tells one event; should return quickly (it runs on the thread of the use case). */
  void publish(ProgrammeEvent event);

  /** Publishes nothing (the default); always the same instance. */
  static ProgrammeEvents none() {
    return NoProgrammeEvents.INSTANCE;
  }
}
