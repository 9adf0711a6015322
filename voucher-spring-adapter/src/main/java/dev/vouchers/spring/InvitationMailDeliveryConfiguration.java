// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * I-1: invitation e-mails through the shop's {@link JavaMailSender}, when it has one. Imported
 * by {@link InvitationsConfiguration} before {@link InvitationEventDeliveryConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({JavaMailSender.class, MimeMessage.class})
@ConditionalOnBean(JavaMailSender.class)
class InvitationMailDeliveryConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MessageDelivery<InvitationMessage> vouchersInvitationMailDelivery(JavaMailSender sender,
      InvitationsProperties invitationsProperties, VouchersProperties properties) {
    String from = invitationsProperties.mailFrom() != null ? invitationsProperties.mailFrom()
        : properties.outbox().mailFrom();
    return new MailInvitationDelivery(sender, from,
        properties.expiry().zone() == null ? ZoneOffset.UTC : properties.expiry().zone());
  }
}
