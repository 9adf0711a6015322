// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;

/** The databases the adapter speaks to; SQL that differs between them is chosen by dialect. */
public enum Dialect {
  /** H2 2.x, the embedded default. */
  H2("H2", "h2"),
  /** PostgreSQL 13 or later. */
  POSTGRESQL("PostgreSQL", "postgresql");

  private final String productName;
  private final String id;

  Dialect(String productName, String id) {
    this.productName = productName;
    this.id = id;
  }

  /** The product name the JDBC driver reports ({@code DatabaseMetaData.getDatabaseProductName()}). */
  public String productName() {
    return productName;
  }

  /** The lower-case name used in resource paths, e.g. {@code postgresql}. */
  public String id() {
    return id;
  }

  /** The dialect of a database product name as JDBC reports it, if it is supported. */
  public static Optional<Dialect> fromProductName(String productName) {
    return Arrays.stream(values())
        .filter(dialect -> dialect.productName.equalsIgnoreCase(productName.trim()))
        .findFirst();
  }

  /**
   * Detects the dialect of a database from its metadata.
   *
   * @throws JdbcStorageException if no connection can be made or the database is not supported
   */
  public static Dialect detect(DataSource dataSource) {
    String productName;
    try (Connection connection = dataSource.getConnection()) {
      productName = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new JdbcStorageException(
          "could not detect the database dialect: " + e.getMessage(), e);
    }
    return fromProductName(productName).orElseThrow(() -> new JdbcStorageException(
        "unsupported database '" + productName + "'; supported: "
            + Arrays.toString(Arrays.stream(values()).map(Dialect::productName).toArray())));
  }
}
