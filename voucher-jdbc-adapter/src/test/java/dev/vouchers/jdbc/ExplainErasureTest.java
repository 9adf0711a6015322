// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * E-1, L-1, L-2: the automatic erasure walks the closing moves of both histories through their
 * partial {@code _closing} indexes (a generic plan with sequential scans off, as
 * {@link ExplainTest} makes it, names the index and scans no table), whose predicates are the
 * status lists rendered from the domain, word for word; a batch's e-mails are found by their
 * voucher or invitation.
 */
class ExplainErasureTest {
  private static DataSource database;

  @BeforeAll
  static void schema() throws SQLException {
    DataSource real = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(real);
    ((PGSimpleDataSource) real).setPreferQueryMode(PreferQueryMode.SIMPLE);
    database = real;
  }

  @Test
  void theClosingVoucherMovesAreReadThroughTheirPartialIndex_E1() throws SQLException {
    String plan = ExplainTest.explain(database, JdbcPersonalData.NEXT_VOUCHER_CLOSINGS);
    assertThat(plan).contains("vouchers_history_closing").doesNotContain("Seq Scan")
        .doesNotContain("Sort");
  }

  @Test
  void theClosingInvitationMovesAreReadThroughTheirPartialIndex_E1() throws SQLException {
    String plan = ExplainTest.explain(database, JdbcPersonalData.NEXT_INVITATION_CLOSINGS);
    assertThat(plan).contains("vouchers_invitation_history_closing")
        .doesNotContain("Seq Scan").doesNotContain("Sort");
  }

  @Test
  void aBatchsEmailsAreFoundByTheirVoucher_E1() throws SQLException {
    String plan = ExplainTest.explain(database,
        "SELECT id FROM vouchers_outbox WHERE voucher_id IN (?, ?)");
    assertThat(plan).contains("vouchers_outbox_by_voucher").doesNotContain("Seq Scan");
  }

  @Test
  void theClosingStatusListsAreThePartialIndexPredicates_E1() throws IOException {
    String schema;
    try (InputStream in = Objects.requireNonNull(ExplainErasureTest.class.getClassLoader()
        .getResourceAsStream("dev/vouchers/jdbc/schema/v1/postgresql.sql"))) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(JdbcPersonalData.CLOSING_VOUCHERS)
        .isEqualTo("status IN ('REDEEMED', 'EXPIRED', 'CANCELLED')");
    assertThat(JdbcPersonalData.CLOSING_INVITATIONS)
        .isEqualTo("status IN ('ACCEPTED', 'EXPIRED', 'CANCELLED')");
    assertThat(schema).contains("vouchers_history_closing ON vouchers_history (moved_at, id)\n"
        + "  WHERE to_" + JdbcPersonalData.CLOSING_VOUCHERS + ";");
    assertThat(schema).contains("ON vouchers_invitation_history (moved_at, id)\n"
        + "  WHERE to_" + JdbcPersonalData.CLOSING_INVITATIONS + ";");
  }
}
