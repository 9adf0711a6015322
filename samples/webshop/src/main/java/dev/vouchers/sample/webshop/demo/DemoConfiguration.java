// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's beans. The {@link DemoClock} replaces the library's default clock (every
 * {@code vouchers} bean is {@code @ConditionalOnMissingBean}); the inbox's mail sender makes the
 * library send its activation e-mails through the built-in SMTP server.
 */
@Configuration(proxyBeanMethods = false)
public class DemoConfiguration {

  @Bean
  DemoClock demoClock() {
    return new DemoClock(Clock.systemUTC());
  }

  @Bean
  DemoUsers demoUsers() {
    return new DemoUsers();
  }

  @Bean
  @ConditionalOnProperty(name = "webshop.demo.seed", havingValue = "true", matchIfMissing = true)
  DemoSeeder demoSeeder(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
      RegisterPartner registerPartner, GetPartner getPartner, DemoUsers users) {
    return new DemoSeeder(defineProduct, publishPriceBook, registerPartner, getPartner, users);
  }

  /** The built-in SMTP server; {@code webshop.inbox.enabled=false} uses {@code spring.mail.*}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "webshop.inbox.enabled", havingValue = "true",
      matchIfMissing = true)
  static class InboxConfiguration {
    @Bean
    DemoInbox demoInbox(@Value("${webshop.inbox.smtp-port:0}") int port) {
      return new DemoInbox(port);
    }

    @Bean
    JavaMailSender demoMailSender(DemoInbox inbox) {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(inbox.port());
      sender.setDefaultEncoding("UTF-8");
      return sender;
    }
  }
}
