// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.ListOffers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo's subscription offers (U-1), seeded with the rest of the demo. */
@Configuration(proxyBeanMethods = false)
public class SubscriptionDemoConfiguration {

  @Bean
  @ConditionalOnProperty(name = "webshop.demo.seed", havingValue = "true", matchIfMissing = true)
  SubscriptionDemoSeeder subscriptionDemoSeeder(DefineOffer defineOffer, ListOffers listOffers,
      DemoUsers users) {
    return new SubscriptionDemoSeeder(defineOffer, listOffers, users);
  }
}
