// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * L-1, L-2: the set-based sweeps of invitations (I-2) and subscriptions (U-4) on PostgreSQL
 * read the due rows through their partial {@code _due} index and find the rows they write by
 * {@code ctid} or primary key: a generic plan with sequential scans off, as {@link ExplainTest}
 * makes it, names the index and scans no table.
 */
class ExplainSweepsTest {
  private static DataSource database;

  @BeforeAll
  static void schema() throws SQLException {
    DataSource real = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(real);
    ((PGSimpleDataSource) real).setPreferQueryMode(PreferQueryMode.SIMPLE);
    database = real;
  }

  @Test
  void theInvitationExpirySweepLocksDueRowsThroughItsPartialIndexAndUpdatesThemByCtid_I2()
      throws SQLException {
    String plan = ExplainTest.explain(database, JdbcInvitations.EXPIRE_POSTGRESQL);
    assertThat(plan).contains("vouchers_invitations_due").contains("LockRows")
        .contains("Tid Scan").doesNotContain("Seq Scan");
  }

  @Test
  void theTermEndSweepLocksDueRowsThroughItsPartialIndex_U4() throws SQLException {
    String plan = ExplainTest.explain(database, JdbcSubscriptions.SELECT_DUE);
    assertThat(plan).contains("vouchers_subscriptions_due").contains("LockRows")
        .doesNotContain("Seq Scan");
  }

  @Test
  void theTermEndSweepWritesItsBatchByPrimaryKey_U4() throws SQLException {
    String plan = ExplainTest.explain(database, JdbcSubscriptions.SETTLE_POSTGRESQL);
    assertThat(plan).contains("vouchers_subscriptions_pkey").doesNotContain("Seq Scan");
  }
}
