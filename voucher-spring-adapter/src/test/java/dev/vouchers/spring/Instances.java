// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.spring.shop.ShopApplication;
import dev.vouchers.spring.shop.TestShop;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts shop instances (whole Spring Boot applications) on a given database. */
final class Instances {
  private Instances() {}

  /**
   * Starts one instance of the test shop.
   *
   * @param url the database
   * @param clock the clock the instance reads (shared by instances of one test)
   * @param extra further properties
   */
  static ConfigurableApplicationContext start(String url, Clock clock, String... extra) {
    List<String> properties = new ArrayList<>(TestShop.properties());
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.mail.host=localhost");
    properties.add("spring.mail.port=3025");
    properties.add("vouchers.outbox.retry-first=100ms");
    properties.add("vouchers.outbox.retry-max=1s");
    properties.addAll(List.of(extra));
    return new SpringApplicationBuilder(ShopApplication.class)
        .properties(properties.toArray(String[]::new))
        .initializers(context -> context.getBeanFactory().registerSingleton("shopClock", clock))
        .run();
  }
}
