// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * I-1: without a mail sender (or a {@code MessageDelivery<InvitationMessage>} of the shop's own),
 * invitation
 * messages go to the shop as {@link InvitationMessageEvent}s.
 */
@Configuration(proxyBeanMethods = false)
class InvitationEventDeliveryConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MessageDelivery<InvitationMessage> vouchersInvitationEventDelivery(
      ApplicationEventPublisher publisher) {
    return (message, link) -> publisher.publishEvent(new InvitationMessageEvent(message, link));
  }
}
