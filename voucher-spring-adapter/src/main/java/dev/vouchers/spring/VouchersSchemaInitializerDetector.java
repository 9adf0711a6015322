// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that a {@link VouchersSchemaInitializer} initializes the database, so that
 * beans marked {@code @DependsOnDatabaseInitialization} (the library's storage among them) are
 * created after it. Ordered last, so that it runs after Boot's own Flyway or Liquibase: the
 * shop's first migration then finds the schema empty, as on a shop without the library.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class VouchersSchemaInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(VouchersSchemaInitializer.class);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
