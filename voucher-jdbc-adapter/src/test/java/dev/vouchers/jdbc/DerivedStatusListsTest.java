// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The status lists the adapters render from the domain (V-4, I-2, U-4; ADR 0031) are the
 * predicates of the PostgreSQL partial indexes that serve the sweeps and the due rows of the
 * listings, word for word, so that the planner can match them.
 */
class DerivedStatusListsTest {

  @Test
  void theExpiringStatusListsAreThePartialIndexPredicates_V4() throws IOException {
    String schema;
    try (InputStream in = Objects.requireNonNull(DerivedStatusListsTest.class.getClassLoader()
        .getResourceAsStream("dev/vouchers/jdbc/schema/v1/postgresql.sql"))) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(JdbcVouchers.EXPIRING).isEqualTo("status IN ('VALID', 'ASSIGNED')");
    assertThat(schema).contains("vouchers_vouchers_due ON vouchers_vouchers (expires_at, id)\n"
        + "  WHERE " + JdbcVouchers.EXPIRING + ";");
    assertThat(schema).contains("vouchers_invitations_due ON vouchers_invitations"
        + " (expires_at, id)\n  WHERE " + JdbcInvitations.EXPIRING + ";");
    assertThat(schema).contains("vouchers_subscriptions_due ON vouchers_subscriptions"
        + " (term_ends_at, id)\n  WHERE " + JdbcSubscriptions.RUNNING + ";");
  }
}
