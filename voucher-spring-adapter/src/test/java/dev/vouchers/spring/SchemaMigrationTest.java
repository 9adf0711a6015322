// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.spring.readme.VoucherShop;
import dev.vouchers.spring.shop.TestShop;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: a shop with its own Flyway or Liquibase migrations ({@code shop_customers}) and
 * {@code vouchers.jdbc.schema-tool=flyway|liquibase}: Boot's own migration still runs, the
 * library's runs with a history table of its own, an order goes through, and a second start
 * of the same shop on the same database changes nothing. Real Flyway and Liquibase, on H2 and
 * an embedded PostgreSQL.
 */
class SchemaMigrationTest {

  /** A shop with nothing but auto-configuration and the README's class. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(VoucherShop.class)
  static class MigratingShop {}

  static Stream<Arguments> shops() {
    return Stream.of(TestDatabases.values()).flatMap(database ->
        Stream.of("flyway", "liquibase").map(tool -> Arguments.of(database, tool)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("shops")
  void the_shops_migrations_and_the_librarys_both_run_and_a_restart_changes_nothing_O1(
      TestDatabases database, String tool) {
    List<String> properties = properties(database.freshUrl(), tool);
    List<String> shopHistory;
    List<String> libraryHistory;
    try (ConfigurableApplicationContext shop = start(properties)) {
      VoucherShop vouchers = shop.getBean(VoucherShop.class);
      assertThat(vouchers.setUp().isRight()).as("set up").isTrue();
      assertThat(vouchers.orderAndSend("it@baeckerei-mueller.ch").get().codes()).hasSize(5);

      DataSource dataSource = shop.getBean(DataSource.class);
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_customers", Integer.class))
          .isZero();
      assertThat(JdbcSchema.missingTables(dataSource)).isEmpty();
      shopHistory = shopHistory(jdbc, tool);
      libraryHistory = libraryHistory(jdbc, tool);
      assertThat(shopHistory).as("the shop's history")
          .containsExactly(tool.equals("flyway") ? "1" : "shop-customers");
      assertThat(libraryHistory).as("the library's history")
          .contains(tool.equals("flyway") ? "1" : "vouchers-v1-" + dialect(database));
    }
    try (ConfigurableApplicationContext again = start(properties)) {
      JdbcTemplate jdbc = new JdbcTemplate(again.getBean(DataSource.class));
      assertThat(shopHistory(jdbc, tool)).isEqualTo(shopHistory);
      assertThat(libraryHistory(jdbc, tool)).isEqualTo(libraryHistory);
      assertThat(again.getBean(VoucherShop.class).orderAndSend("it@baeckerei-mueller.ch").get()
          .codes()).hasSize(5);
    }
  }

  private static String dialect(TestDatabases database) {
    return database == TestDatabases.H2 ? "h2" : "postgresql";
  }

  private static List<String> properties(String url, String tool) {
    List<String> properties = new ArrayList<>(TestShop.properties());
    properties.add("spring.datasource.url=" + url);
    properties.add("spring." + tool + ".enabled=true");
    properties.add("spring.liquibase.change-log=classpath:db/changelog/shop-changelog.xml");
    properties.add("vouchers.jdbc.schema-tool=" + tool);
    properties.add("vouchers.outbox.relay-enabled=false");
    return properties;
  }

  private static ConfigurableApplicationContext start(List<String> properties) {
    // as arguments: they win over the test application.properties, which switches both tools off
    return new SpringApplicationBuilder(MigratingShop.class)
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  /** Flyway's versions (its table and columns are quoted lower case), Liquibase's ids. */
  private static List<String> shopHistory(JdbcTemplate jdbc, String tool) {
    return tool.equals("flyway")
        ? jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
            String.class)
        : jdbc.queryForList("SELECT id FROM databasechangelog ORDER BY orderexecuted",
            String.class);
  }

  private static List<String> libraryHistory(JdbcTemplate jdbc, String tool) {
    return tool.equals("flyway")
        ? jdbc.queryForList("SELECT \"version\" FROM \"" + JdbcSchema.FLYWAY_HISTORY_TABLE
            + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
            String.class)
        : jdbc.queryForList("SELECT id FROM " + JdbcSchema.LIQUIBASE_CHANGE_LOG_TABLE
            + " ORDER BY orderexecuted", String.class);
  }
}
