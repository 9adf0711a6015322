// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * S-2: without a mail sender (or a {@link MessageDelivery} of the shop's own), activation
 * messages go out as {@link ActivationMessageEvent}s.
 */
@Configuration(proxyBeanMethods = false)
class EventDeliveryConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MessageDelivery<ActivationMessage> vouchersEventDelivery(ApplicationEventPublisher publisher) {
    return new EventMessageDelivery(publisher);
  }
}
