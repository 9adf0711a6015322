// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * V-1, V-4: the SQL condition of every move of the lifecycle (ADR 0045) selects exactly the
 * vouchers the domain's move table lets make that move at the instant bound: every status,
 * with an expiry before, at and after that instant, evaluated by H2. (The expiry extensions,
 * M-2, decide in Java: their source EXPIRED is also how a due voucher is seen.)
 */
class MoveConditionTest {
  private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
  private static final List<Instant> EXPIRIES = List.of(AT.minus(Duration.ofDays(1)), AT,
      AT.plusMillis(1), AT.plus(Duration.ofDays(365)));

  @Test
  void everyMoveSelectsTheVouchersItsTransitionAllows_V1_V4() throws SQLException {
    try (Connection c = TestDatabase.H2.freshDataSource().getConnection()) {
      List<Row> rows = rowsOfEveryStatusAndExpiry(c);
      int checked = 0;
      for (Transition transition : Transition.values()) {
        if (transition.extendsExpiry()) {
          continue;
        }
        MoveCondition condition = MoveCondition.of(transition);
        Set<Integer> expected = new TreeSet<>();
        for (Row row : rows) {
          if (transition.allows(row.status(), row.expiresAt(), AT)) {
            expected.add(row.id());
          }
        }
        assertThat(selected(c, condition)).as("%s: %s", transition, condition.sql("v."))
            .isEqualTo(expected);
        assertThat(condition.target()).isEqualTo(transition.to());
        checked++;
      }
      assertThat(checked).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void aMoveFromStatusesThatNeverExpireNeedsNoInstant_V1() {
    MoveCondition reissue = MoveCondition.of(Transition.REISSUE);
    assertThat(Transition.REISSUE.expiringFrom()).isEmpty();
    assertThat(reissue.sql("")).isEqualTo("(status IN (?, ?))");
  }

  @Test
  void aMoveFromStatusesThatExpireAlwaysComparesTheExpiry_V4() {
    MoveCondition assign = MoveCondition.of(Transition.ASSIGN);
    assertThat(Transition.ASSIGN.lastingFrom()).isEmpty();
    assertThat(assign.sql("x.")).isEqualTo("((x.status IN (?, ?) AND x.expires_at > ?))");
  }

  private static List<Row> rowsOfEveryStatusAndExpiry(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE moves (id INT PRIMARY KEY, status VARCHAR(20) NOT NULL,"
          + " expires_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO moves VALUES (?, ?, ?)")) {
      for (VoucherStatus status : VoucherStatus.values()) {
        for (Instant expiresAt : EXPIRIES) {
          Row row = new Row(rows.size(), status, expiresAt);
          insert.setInt(1, row.id());
          insert.setString(2, status.name());
          Sql.setInstant(insert, 3, expiresAt);
          insert.executeUpdate();
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static Set<Integer> selected(Connection c, MoveCondition condition)
      throws SQLException {
    Set<Integer> ids = new TreeSet<>();
    try (PreparedStatement select = c.prepareStatement(
        "SELECT v.id FROM moves v WHERE v.id >= ? AND " + condition.sql("v."))) {
      select.setInt(1, 0);
      int next = condition.bind(select, 2, AT);
      assertThat(next).isEqualTo(2 + select.getParameterMetaData().getParameterCount() - 1);
      try (ResultSet found = select.executeQuery()) {
        while (found.next()) {
          ids.add(found.getInt(1));
        }
      }
    }
    return ids;
  }

  private record Row(int id, VoucherStatus status, Instant expiresAt) {}
}
