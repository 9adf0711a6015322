// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.spring.shop.TestShop;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Issue 17: a database without the library's tables fails the startup with one message naming
 * {@code vouchers.jdbc.initialize-schema}, before any background thread starts.
 */
class MissingSchemaTest {

  @Test
  void a_fresh_database_without_initialize_schema_fails_the_startup_with_one_message() {
    Set<Thread> before = schedulerThreads();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            VouchersAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl())
        .withPropertyValues(TestShop.properties().toArray(String[]::new))
        .withPropertyValues("vouchers.jdbc.initialize-schema=false")
        .run(context -> {
          assertThat(context).hasFailed();
          VouchersPropertiesException failure = rootCause(context.getStartupFailure());
          assertThat(failure.problems()).singleElement().asString()
              .contains("vouchers.jdbc.initialize-schema=true")
              .contains("vouchers.jdbc.schema-tool=flyway or liquibase")
              .contains("vouchers_partners");
          FailureAnalysis analysis = new VouchersPropertiesFailureAnalyzer()
              .analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).contains("vouchers.jdbc.initialize-schema");
        });
    assertThat(schedulerThreads()).as("scheduler threads started by the failed context")
        .isSubsetOf(before);
  }

  private static Set<Thread> schedulerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("vouchers-scheduler-"))
        .collect(Collectors.toSet());
  }

  private static VouchersPropertiesException rootCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof VouchersPropertiesException found) {
        return found;
      }
    }
    throw new AssertionError("no VouchersPropertiesException in " + failure, failure);
  }
}
