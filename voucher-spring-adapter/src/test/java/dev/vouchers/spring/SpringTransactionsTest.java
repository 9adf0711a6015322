// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/** When the JDBC adapter joins a Spring transaction, and what a failed call does to it. */
class SpringTransactionsTest {
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private JdbcTemplate jdbc;
  private TransactionTemplate transactions;
  private SpringTransactions outer;

  @BeforeEach
  void database() {
    dataSource.setURL(TestDatabases.H2.freshUrl());
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE shop_orders (id INT PRIMARY KEY)");
    transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    outer = new SpringTransactions(dataSource);
  }

  @Test
  void outside_a_transaction_nothing_is_joined() {
    assertThat(outer.join()).isEmpty();
    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    transactions.executeWithoutResult(status -> assertThat(outer.join()).isEmpty());
  }

  @Test
  void inside_a_transaction_the_shops_connection_is_joined() {
    transactions.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO shop_orders VALUES (1)");
      Optional<Connection> joined = outer.join();
      assertThat(joined).isPresent();
      try {
        assertThat(joined.get().getAutoCommit()).isFalse();
      } catch (java.sql.SQLException e) {
        throw new AssertionError(e);
      }
      outer.release(joined.get());
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_orders", Long.class)).isOne();
  }

  @Test
  void a_failed_library_call_keeps_the_shop_from_committing_half_a_change() {
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO shop_orders VALUES (2)");
      Connection joined = outer.join().orElseThrow();
      outer.failed(joined); // the library's statement failed after writing part of its rows
      outer.release(joined);
      // the shop catches the library's exception and carries on to commit
    })).isInstanceOf(UnexpectedRollbackException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_orders", Long.class)).isZero();
  }
}
