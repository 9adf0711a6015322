// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * A statement's parameter marks follow what is bound to them: one per column of an insert's
 * column list ({@link Sql#marksFor}), and, G-4, one per candidate digest in the
 * {@code code_digest IN (...)} of a statement that finds a code under whichever key of the ring
 * it is stored; the statements for the counts a ring has are made once and handed out as the
 * same text every time.
 */
class StatementMarksTest {
  private static final String SQL = "SELECT id FROM t WHERE code_digest IN (?) AND x = ?";

  @Test
  void oneMarkPerCandidateDigest_G4() {
    VoucherMoves.ByCandidates statements = new VoucherMoves.ByCandidates(SQL);

    assertThat(statements.of(1)).isEqualTo(SQL);
    assertThat(statements.of(3))
        .isEqualTo("SELECT id FROM t WHERE code_digest IN (?, ?, ?) AND x = ?");
    for (int count : new int[] {8, 9, 12}) {
      assertThat(statements.of(count)).as("%d candidates", count)
          .isEqualTo("SELECT id FROM t WHERE code_digest IN ("
              + String.join(", ", Collections.nCopies(count, "?")) + ") AND x = ?");
    }
  }

  @Test
  void marksFollowTheirCount() {
    assertThat(Sql.marks(1)).isEqualTo("?");
    assertThat(Sql.marks(3)).isEqualTo("?, ?, ?");
    assertThat(Sql.marksFor("id")).isEqualTo("?");
    assertThat(Sql.marksFor("id, partner_id,\n  status")).isEqualTo("?, ?, ?");
    assertThat(Sql.marksFor(ActivationOutboxRows.COLUMNS))
        .isEqualTo(Sql.marks(ActivationOutboxRows.COLUMNS.split(",").length))
        .isEqualTo(ActivationOutboxRows.MARKS);
  }

  @Test
  void theStatementsOfARingsFewKeysAreMadeOnce_G4() {
    VoucherMoves.ByCandidates statements = new VoucherMoves.ByCandidates(SQL);

    for (int count = 1; count <= 8; count++) {
      assertThat(statements.of(count)).isSameAs(statements.of(count));
    }
  }
}
