// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import org.springframework.context.ApplicationEventPublisher;

/** S-2: without a mail sender, activation messages go to the shop as application events. */
final class EventMessageDelivery implements MessageDelivery<ActivationMessage> {
  private final ApplicationEventPublisher publisher;

  EventMessageDelivery(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void deliver(ActivationMessage message, URI link) {
    publisher.publishEvent(new ActivationMessageEvent(message, link));
  }
}
