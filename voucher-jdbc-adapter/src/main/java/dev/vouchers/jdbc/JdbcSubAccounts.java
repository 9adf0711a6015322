// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.ChangeEvents;
import static dev.vouchers.jdbc.InvitationRows.SUB_ACCOUNT_COLUMNS;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import java.util.List;
import java.util.Optional;

/**
 * {@link SubAccounts} over JDBC (I-3): tables {@code vouchers_sub_accounts} and
 * {@code vouchers_sub_account_history}. Rows are created by {@link JdbcInvitations#accept}; a
 * change is one conditional {@code UPDATE ... WHERE id = ? AND version = ?} with its history
 * row in one transaction.
 */
final class JdbcSubAccounts implements SubAccounts {
  static final String SELECT = """
      SELECT %s
      FROM vouchers_sub_accounts WHERE id = ?""".formatted(SUB_ACCOUNT_COLUMNS);
  static final String CHANGE = """
      UPDATE vouchers_sub_accounts SET %s
      WHERE id = ? AND version = ?""".formatted(InvitationRows.SUB_ACCOUNT_CHANGE);
  static final String INSERT_HISTORY = """
      INSERT INTO vouchers_sub_account_history (%s) VALUES (?, ?, ?, ?, ?)""".formatted(
          InvitationRows.SUB_ACCOUNT_HISTORY_COLUMNS);
  static final String SELECT_HISTORY = """
      SELECT %s
      FROM vouchers_sub_account_history WHERE sub_account_id = ? ORDER BY id""".formatted(
          InvitationRows.SUB_ACCOUNT_HISTORY_COLUMNS);

  private final Transactions transactions;

  JdbcSubAccounts(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<SubAccount> subAccount(SubAccountId id) {
    return transactions.inAutoCommit("read sub-account " + id, connection ->
        Sql.one(connection, SELECT, s -> s.setString(1, id.value()), InvitationRows::subAccount));
  }

  @Override
  public Page<SubAccount> subAccounts(PartnerId partner, PageRequest page) {
    return transactions.inTransaction("list sub-accounts of " + partner, connection ->
        Listing.page(connection, "vouchers_sub_accounts", SUB_ACCOUNT_COLUMNS, "created_at",
            List.of(Listing.Range.of("partner_id = ?", partner.value())), page,
            InvitationRows::subAccount, SubAccount::createdAt, s -> s.id().value()));
  }

  @Override
  public boolean update(SubAccountChange change) {
    return transactions.inTransaction("change sub-account " + change.before().id(),
        connection -> {
          int changed = Sql.update(connection, CHANGE, s -> {
            int i = InvitationRows.bindSubAccountChange(s, 1, change.after());
            s.setString(i++, change.before().id().value());
            s.setLong(i, change.before().version());
          });
          if (changed == 0) {
            return false;
          }
          Sql.update(connection, INSERT_HISTORY,
              s -> InvitationRows.bindSubAccountHistory(s, change.entry()));
          EventRows.insert(connection, ChangeEvents.of(change.entry())); // M-5
          return true;
        });
  }

  @Override
  public List<SubAccountHistoryEntry> history(SubAccountId subAccount) {
    return transactions.inAutoCommit("read the history of sub-account " + subAccount,
        connection -> Sql.list(connection, SELECT_HISTORY,
            s -> s.setString(1, subAccount.value()), InvitationRows::subAccountHistory));
  }
}
