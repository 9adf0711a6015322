// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * L-2: the export's one long read asks PostgreSQL for binary rows, which needs a server-side
 * prepared statement from its first execution; a connection that forbids those (PgBouncer's
 * transaction pooling, {@code prepareThreshold=0}) is left to text rows. The values read are the
 * same either way.
 */
class PostgresBinaryRowsTest {
  private static final String READ = "SELECT digest, at FROM binary_rows ORDER BY n";
  private static final byte[] DIGEST = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 0x5c, 0x30};
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 7, 18, 59, 1, 123_456_000, ZoneOffset.UTC);

  @Test
  void aLongReadIsPreparedOnTheServerFromItsFirstExecution_L2() throws SQLException {
    PGSimpleDataSource database = EmbeddedPostgresServer.freshPlainSchema();
    try (Connection c = database.getConnection()) {
      fill(c);

      Row row = read(c, true);

      assertThat(row.digest()).containsExactly(DIGEST);
      assertThat(row.at()).isEqualTo(AT);
      assertThat(preparedOnServer(c)).isEqualTo(1);
    }
  }

  @Test
  void withoutTheRequestTheFirstExecutionIsNotPrepared_L2() throws SQLException {
    PGSimpleDataSource database = EmbeddedPostgresServer.freshPlainSchema();
    try (Connection c = database.getConnection()) {
      fill(c);

      Row row = read(c, false);

      assertThat(row.digest()).containsExactly(DIGEST);
      assertThat(row.at()).isEqualTo(AT);
      assertThat(preparedOnServer(c)).isZero();
    }
  }

  @Test
  void aConnectionThatForbidsServerSidePreparesIsLeftAsItIs_L2() throws SQLException {
    PGSimpleDataSource database = EmbeddedPostgresServer.freshPlainSchema();
    database.setPrepareThreshold(0);
    try (Connection c = database.getConnection()) {
      fill(c);

      Row row = read(c, true);

      assertThat(row.digest()).containsExactly(DIGEST);
      assertThat(row.at()).isEqualTo(AT);
      assertThat(preparedOnServer(c)).isZero();
    }
  }

  private record Row(byte[] digest, OffsetDateTime at) {}

  private static void fill(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE binary_rows (n INT PRIMARY KEY, digest BYTEA, at TIMESTAMPTZ)");
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO binary_rows VALUES (1, ?, ?)")) {
      s.setBytes(1, DIGEST);
      s.setObject(2, AT);
      s.executeUpdate();
    }
  }

  private static Row read(Connection c, boolean binary) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(READ)) {
      if (binary) {
        PostgresBinaryRows.request(c, s);
      }
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return new Row(rows.getBytes(1), rows.getObject(2, OffsetDateTime.class)
            .withOffsetSameInstant(ZoneOffset.UTC));
      }
    }
  }

  /** The session's statements prepared through the protocol (not by SQL's PREPARE). */
  private static long preparedOnServer(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_prepared_statements"
            + " WHERE NOT from_sql AND statement LIKE '%FROM binary_rows ORDER BY n%'")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
