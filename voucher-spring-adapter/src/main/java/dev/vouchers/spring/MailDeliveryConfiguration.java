// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * S-2: activation e-mails through the shop's {@link JavaMailSender}, when it has one
 * ({@code spring-boot-starter-mail} with {@code spring.mail.host}). Imported by
 * {@link VouchersAutoConfiguration} before {@link EventDeliveryConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({JavaMailSender.class, MimeMessage.class})
@ConditionalOnBean(JavaMailSender.class)
class MailDeliveryConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ActivationMailTemplate vouchersActivationMailTemplate(VouchersProperties properties) {
    return new BundledActivationMailTemplate(
        properties.expiry().zone() == null ? ZoneOffset.UTC : properties.expiry().zone());
  }

  @Bean
  @ConditionalOnMissingBean
  MessageDelivery<ActivationMessage> vouchersMailDelivery(JavaMailSender sender,
      ActivationMailTemplate template,
      VouchersProperties properties) {
    return new MailMessageDelivery(sender, template, properties.outbox().mailFrom());
  }
}
