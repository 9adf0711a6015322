// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import dev.vouchers.core.messaging.domain.Event;

/**
 * M-5: hands one event to the shop's other systems (e.g. a signed webhook), for the relay that
 * delivers the {@link EventOutbox}. Delivery is at least once: an event is marked delivered
 * only after {@link #deliver} returned, so a relay that dies in between delivers it again; the
 * receiver de-duplicates by {@link Event#id()}.
 */
@FunctionalInterface
public interface EventDelivery {

  /**
   * Delivers the event.
   *
   * @param event the event claimed from the outbox
   * @throws PermanentDeliveryFailure when it can never be delivered as it is (the receiver
   *     refused it for good); the relay parks it without retrying
   * @throws Exception when it was not delivered this time; the relay retries it with backoff
   *     and parks it once it has failed the relay's maximum number of attempts
   */
  void deliver(Event event) throws Exception;
}
