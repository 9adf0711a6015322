// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader by position and its select list cannot fall out of step unnoticed: a query whose
 * columns are not the reader's, in the reader's order, fails at the first row, naming the column
 * out of place, instead of reading one column's value into another. On H2.
 */
class InOrderTest {
  private static final String COLUMNS = " id,  status ,expires_at, sealed,n, big, flag";
  private Connection connection;
  private Statement statement;

  @BeforeEach
  void open() throws SQLException {
    connection = TestDatabase.H2.freshDataSource().getConnection();
    statement = connection.createStatement();
  }

  @AfterEach
  void close() throws SQLException {
    statement.close();
    connection.close();
  }

  private ResultSet row(String select) throws SQLException {
    ResultSet row = statement.executeQuery(select);
    assertThat(row.next()).isTrue();
    return row;
  }

  private ResultSet everyColumn() throws SQLException {
    return row("SELECT 'v-1' AS id, CAST(NULL AS VARCHAR) AS status,"
        + " TIMESTAMP WITH TIME ZONE '2027-03-01 10:00:00+00' AS expires_at,"
        + " CAST(NULL AS VARBINARY) AS sealed, 7 AS n, CAST(9000000000 AS BIGINT) AS big,"
        + " TRUE AS flag");
  }

  @Test
  void theSelectListIsSplitAtItsCommasWithoutSpaces() {
    assertThat(InOrder.names(COLUMNS))
        .containsExactly("id", "status", "expires_at", "sealed", "n", "big", "flag");
  }

  @Test
  void aReaderReadsEveryColumnInItsPlace() throws SQLException {
    String[] names = InOrder.names(COLUMNS);
    ResultSet row = everyColumn();
    assertThat(InOrder.labelled(row, names)).isTrue();
    InOrder in = new InOrder(row, names);

    assertThat(in.string("id")).isEqualTo("v-1");
    assertThat(in.nullableString("status")).isNull();
    assertThat(in.instant("expires_at")).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
    assertThat(in.nullableBytes("sealed")).isNull();
    assertThat(in.integer("n")).isEqualTo(7);
    assertThat(in.longInteger("big")).isEqualTo(9_000_000_000L);
    assertThat(in.bool("flag")).isTrue();
    assertThatThrownBy(() -> in.string("more"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at position 8").hasMessageContaining("no more columns");
  }

  @Test
  void aColumnReadOutOfPlaceOrNullWhereNoneMayBeFails() throws SQLException {
    String[] names = InOrder.names(COLUMNS);
    InOrder skipping = new InOrder(everyColumn(), names);
    assertThatThrownBy(() -> skipping.string("status"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reads column status at position 1, where the select list has id");

    InOrder nulls = new InOrder(everyColumn(), names);
    nulls.skip("id");
    assertThatThrownBy(() -> nulls.string("status")).hasMessage("column status is NULL");
    nulls.skip("expires_at");
    assertThatThrownBy(() -> nulls.bytes("sealed")).hasMessage("column sealed is NULL");

    InOrder instants = new InOrder(row("SELECT CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS at"),
        new String[] {"at"});
    assertThatThrownBy(() -> instants.instant("at")).hasMessage("column at is NULL");
  }

  @Test
  void aQueryWhoseColumnsAreNotTheReadersIsToldApart() throws SQLException {
    String[] names = InOrder.names("id, status");
    assertThat(InOrder.labelled(row("SELECT 1 AS ID, 2 AS Status, 3 AS extra"), names))
        .isTrue();
    assertThatThrownBy(() -> InOrder.labelled(row("SELECT 1 AS status, 2 AS id"), names))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column 1 of the query is STATUS, the reader reads id there");
    assertThatThrownBy(() -> InOrder.labelled(row("SELECT 1 AS id, 2 AS other"), names))
        .hasMessage("column 2 of the query is OTHER, the reader reads status there");
    assertThatThrownBy(() -> InOrder.labelled(row("SELECT 1 AS id"), names))
        .hasMessage("the query selects 1 columns, the reader reads 2: id, status");
    assertThat(InOrder.labelled(row("SELECT 1 AS id, 2 AS status"), names)).isTrue();
  }
}
