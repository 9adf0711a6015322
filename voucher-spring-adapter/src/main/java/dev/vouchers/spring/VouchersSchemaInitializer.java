// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.jdbc.Dialect;
import dev.vouchers.jdbc.JdbcSchema;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Creates or migrates the library's tables at startup when {@code
 * vouchers.jdbc.initialize-schema=true}: from the shipped script, or through Flyway or Liquibase
 * with a history table of the library's own ({@code vouchers.jdbc.schema-tool}). It is a database
 * initializer for Spring Boot (see {@link VouchersSchemaInitializerDetector}), but not a
 * {@code Flyway} or {@code SpringLiquibase} bean, so Boot's own Flyway and Liquibase
 * auto-configurations still run the shop's migrations.
 */
public final class VouchersSchemaInitializer implements InitializingBean {
  private final DataSource dataSource;
  private final VouchersProperties.Jdbc jdbc;
  private final ResourceLoader resourceLoader;

  VouchersSchemaInitializer(DataSource dataSource, VouchersProperties.Jdbc jdbc,
      ResourceLoader resourceLoader) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void afterPropertiesSet() throws Exception {
    if (!jdbc.initializeSchema()) {
      return;
    }
    switch (jdbc.schemaTool()) {
      case SCRIPT -> JdbcSchema.initialize(dataSource);
      case FLYWAY -> {
        requireOnClassPath("org.flywaydb.core.Flyway", "flyway",
            "org.springframework.boot:spring-boot-starter-flyway (and, for PostgreSQL, "
                + "org.flywaydb:flyway-database-postgresql)");
        FlywayMigration.migrate(dataSource, Dialect.detect(dataSource));
      }
      case LIQUIBASE -> {
        requireOnClassPath("liquibase.integration.spring.SpringLiquibase", "liquibase",
            "org.springframework.boot:spring-boot-starter-liquibase");
        LiquibaseMigration.migrate(dataSource, resourceLoader);
      }
    }
  }

  private void requireOnClassPath(String className, String tool, String dependency) {
    if (!ClassUtils.isPresent(className, getClass().getClassLoader())) {
      VouchersPropertiesException.throwIfAny(List.of("vouchers.jdbc.schema-tool=" + tool
          + " needs " + dependency + " on the class path"));
    }
  }

  /** Loaded only when Flyway is asked for, so that Flyway stays an optional dependency. */
  private static final class FlywayMigration {
    static void migrate(DataSource dataSource, Dialect dialect) {
      org.flywaydb.core.Flyway.configure(VouchersSchemaInitializer.class.getClassLoader())
          .dataSource(dataSource)
          .locations(JdbcSchema.flywayLocation(dialect))
          .table(JdbcSchema.FLYWAY_HISTORY_TABLE)
          // the shop's tables are there already: start the library's history below V1
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
  }

  /** Loaded only when Liquibase is asked for, so that Liquibase stays an optional dependency. */
  private static final class LiquibaseMigration {
    static void migrate(DataSource dataSource, ResourceLoader resourceLoader) throws Exception {
      // a plain object, not a bean: a SpringLiquibase bean would switch Boot's Liquibase off
      liquibase.integration.spring.SpringLiquibase liquibase =
          new liquibase.integration.spring.SpringLiquibase();
      liquibase.setDataSource(dataSource);
      liquibase.setResourceLoader(resourceLoader);
      liquibase.setChangeLog("classpath:" + JdbcSchema.LIQUIBASE_CHANGE_LOG);
      liquibase.setDatabaseChangeLogTable(JdbcSchema.LIQUIBASE_CHANGE_LOG_TABLE);
      liquibase.setDatabaseChangeLogLockTable(JdbcSchema.LIQUIBASE_LOCK_TABLE);
      liquibase.afterPropertiesSet();
    }
  }
}
