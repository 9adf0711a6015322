// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.contract.InvitationStorage;

/** The sub-account adapters (I-1..I-3) over a fresh test database, for the contract suites. */
final class InvitationDatabases {
  private InvitationDatabases() {}

  /** A fresh storage of the sub-account ports on the database. */
  static InvitationStorage fresh(TestDatabase database) {
    return of(database.newJdbcStorage());
  }

  /** The JDBC adapters as the testkit's {@link InvitationStorage}. */
  static InvitationStorage of(JdbcStorage jdbc) {
    return new InvitationStorage(jdbc.invitations(), jdbc.subAccounts(),
        jdbc.invitationOutbox());
  }
}
