// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The dialect comes from the database's product name. */
class DialectTest {

  @Test
  void knowsTheProductNamesDriversReport() {
    assertThat(Dialect.fromProductName("H2")).contains(Dialect.H2);
    assertThat(Dialect.fromProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
    assertThat(Dialect.fromProductName("MySQL")).isEmpty();
  }

  @Test
  void detectsH2AndPostgres() {
    assertThat(Dialect.detect(TestDatabase.H2.freshDataSource())).isEqualTo(Dialect.H2);
    assertThat(Dialect.detect(TestDatabase.POSTGRES.freshDataSource()))
        .isEqualTo(Dialect.POSTGRESQL);
    assertThat(JdbcStorage.builder(TestDatabase.H2.freshDataSource()).build().dialect())
        .isEqualTo(Dialect.H2);
  }

  @Test
  void anUnreachableDatabaseIsAClearFailure() {
    assertThatThrownBy(() -> JdbcStorage.builder(new Unreachable()).build())
        .isInstanceOf(JdbcStorageException.class)
        .hasMessage("could not detect the database dialect: connection refused");
  }

  /** A data source whose database is down: the input of the test, not a mock. */
  private static final class Unreachable implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("connection refused", "08001");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setLoginTimeout(int seconds) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
