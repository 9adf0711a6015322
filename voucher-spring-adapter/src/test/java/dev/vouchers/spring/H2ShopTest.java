// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop scenarios on an embedded H2 database. */
class H2ShopTest extends ShopScenarios {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.H2.freshUrl();
    registry.add("spring.datasource.url", () -> url);
  }
}
