// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.Storage;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the adapter is tested on. A contract suite runs on one of them with a
 * three-line subclass: {@code newStorage() { return TestDatabase.H2.newStorage(); }}.
 */
enum TestDatabase {
  /** A fresh in-memory H2 database per test. */
  H2(Isolation.DATABASE_DEFAULT) {
    @Override
    DataSource freshDataSource() {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:t_" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return dataSource;
    }
  },
  /** A fresh schema of the shared embedded PostgreSQL per test, at READ COMMITTED. */
  POSTGRES(Isolation.READ_COMMITTED) {
    @Override
    DataSource freshDataSource() {
      return EmbeddedPostgresServer.freshSchema();
    }
  },
  /** As {@link #POSTGRES}, with every transaction SERIALIZABLE (and retried on 40001). */
  POSTGRES_SERIALIZABLE(Isolation.SERIALIZABLE) {
    @Override
    DataSource freshDataSource() {
      return EmbeddedPostgresServer.freshSchema();
    }
  },
  /**
   * A fresh schema per test of the database named by {@code VOUCHERS_TEST_JDBC_URL} (see
   * {@link ExternalDatabase}); every test on it is skipped when the variable is not set.
   */
  EXTERNAL(Isolation.DATABASE_DEFAULT) {
    @Override
    DataSource freshDataSource() {
      return ExternalDatabase.freshSchema();
    }
  };

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();
  private final Isolation isolation;

  TestDatabase(Isolation isolation) {
    this.isolation = isolation;
  }

  /** A new, empty database (or schema) without tables. */
  abstract DataSource freshDataSource();

  /** The isolation level the adapter is configured with on this database. */
  Isolation isolation() {
    return isolation;
  }

  /** The JDBC adapters over a new database with the schema created. */
  JdbcStorage newJdbcStorage() {
    return storageOver(freshDataSource());
  }

  /** Creates the schema in the (empty) database and builds the adapters over it. */
  JdbcStorage storageOver(DataSource dataSource) {
    return storageOver(dataSource, OuterTransaction.none());
  }

  /** As {@link #storageOver(DataSource)}, joining the application's transactions. */
  JdbcStorage storageOver(DataSource dataSource, OuterTransaction outer) {
    JdbcSchema.initialize(dataSource);
    return JdbcStorage.builder(dataSource).isolation(isolation).outerTransaction(outer).build();
  }

  /** A fresh storage for the testkit's contract suites. */
  Storage newStorage() {
    return storageOf(newJdbcStorage());
  }

  /** The adapters as the testkit's {@link Storage}. */
  static Storage storageOf(JdbcStorage jdbc) {
    return new Storage(jdbc.vouchers(), jdbc.partners(), jdbc.catalog(), jdbc.mandates(),
        jdbc.outbox());
  }
}
