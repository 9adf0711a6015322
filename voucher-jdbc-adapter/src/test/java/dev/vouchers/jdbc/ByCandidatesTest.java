// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * G-4: a statement that finds a code under whichever key of the ring it is stored takes one
 * digest per key in its {@code code_digest IN (...)}; the statements for the counts a ring has
 * are made once and handed out as the same text every time.
 */
class ByCandidatesTest {
  private static final String SQL = "SELECT id FROM t WHERE code_digest IN (?) AND x = ?";

  @Test
  void oneMarkPerCandidateDigest_G4() {
    VoucherMoves.ByCandidates statements = new VoucherMoves.ByCandidates(SQL);

    assertThat(statements.of(1)).isEqualTo(SQL);
    assertThat(statements.of(3))
        .isEqualTo("SELECT id FROM t WHERE code_digest IN (?, ?, ?) AND x = ?");
    assertThat(statements.of(12)).isEqualTo("SELECT id FROM t WHERE code_digest IN ("
        + String.join(", ", Collections.nCopies(12, "?")) + ") AND x = ?");
  }

  @Test
  void theStatementsOfARingsFewKeysAreMadeOnce_G4() {
    VoucherMoves.ByCandidates statements = new VoucherMoves.ByCandidates(SQL);

    for (int count = 1; count <= 8; count++) {
      assertThat(statements.of(count)).isSameAs(statements.of(count));
    }
  }
}
