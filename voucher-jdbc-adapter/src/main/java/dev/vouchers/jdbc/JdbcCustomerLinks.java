// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.ChangeEvents;
import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link CustomerLinks} over JDBC: table {@code vouchers_customer_links}, one row per link,
 * numbered per customer. R-2's "at most one reseller at a time" is a unique constraint on
 * {@code current_customer_id}, the customer's id while the link is current (NULL once ended);
 * a link under a number already taken fails on the primary key. So of two resellers linking
 * one customer at once, the second insert fails and writes nothing; a transfer ends the old
 * link conditionally ({@code AND linked_until IS NULL}) and inserts the new one in one
 * transaction.
 */
final class JdbcCustomerLinks implements CustomerLinks {
  static final String COLUMNS = "customer_id, seq, reseller_id, origin, linked_from, linked_by,"
      + " linked_until, ended_by, end_reason";
  static final String SELECT_HISTORY = """
      SELECT %s
      FROM vouchers_customer_links WHERE customer_id = ? ORDER BY seq""".formatted(COLUMNS);
  /** ends the link only while it is still current; the row stays locked until commit. */
  static final String END = """
      UPDATE vouchers_customer_links
      SET linked_until = ?, ended_by = ?, end_reason = ?, current_customer_id = NULL
      WHERE customer_id = ? AND seq = ? AND reseller_id = ? AND linked_until IS NULL""";
  static final String INSERT = """
      INSERT INTO vouchers_customer_links (customer_id, seq, reseller_id, origin, linked_from,
          linked_by, current_customer_id) VALUES (?, ?, ?, ?, ?, ?, ?)""";

  private final Transactions transactions;

  JdbcCustomerLinks(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public CustomerLinkHistory linkHistory(CustomerId customer) {
    return new CustomerLinkHistory(customer, transactions.inAutoCommit(
        "read the links of customer " + customer, connection -> Sql.list(connection,
            SELECT_HISTORY, s -> s.setString(1, customer.value()), JdbcCustomerLinks::link)));
  }

  @Override
  public boolean applyLinkChange(LinkChange change) {
    CustomerId customer = change.customer();
    // joined to an application's transaction, the undo goes back to a savepoint: a lost race
    // must not abort (PostgreSQL) or half-apply (H2) the application's transaction
    return transactions.inUndoableTransaction("change the links of customer " + customer,
        (connection, undo) -> {
          if (change.ended().isPresent()) {
            CustomerLink ended = change.ended().get();
            int changed = Sql.update(connection, END, s -> {
              Sql.setInstant(s, 1, ended.until().orElseThrow());
              s.setString(2, ended.endedBy().orElseThrow());
              s.setString(3, ended.endReason().orElseThrow());
              s.setString(4, customer.value());
              s.setInt(5, ended.number());
              s.setString(6, ended.reseller().value());
            });
            if (changed == 0) {
              return false; // no longer the current link; nothing was written
            }
          }
          if (change.started().isPresent()) {
            CustomerLink started = change.started().get();
            try {
              Sql.update(connection, INSERT, s -> {
                s.setString(1, customer.value());
                s.setInt(2, started.number());
                s.setString(3, started.reseller().value());
                s.setString(4, started.origin().name());
                Sql.setInstant(s, 5, started.from());
                s.setString(6, started.linkedBy());
                s.setString(7, customer.value());
              });
            } catch (SQLException e) {
              if (!isUniqueViolation(e)) {
                throw e;
              }
              undo.undo(); // the customer has a current link, or the number was taken
              return false;
            }
          }
          EventRows.insertAll(connection, ChangeEvents.of(change)); // M-5
          return true;
        });
  }

  @Override
  public Page<CustomerLink> currentLinksOf(PartnerId reseller, PageRequest page) {
    return transactions.inTransaction("list the customers of reseller " + reseller,
        connection -> Listing.page(connection, "vouchers_customer_links", COLUMNS,
            "linked_from", "customer_id", currentLinkRanges(reseller), page,
            JdbcCustomerLinks::link, CustomerLink::from, l -> l.customer().value()));
  }

  /**
   * O-5, L-1 (ADR 0031): the reseller's current links, one range of
   * {@code vouchers_customer_links_by_reseller}; a customer has at most one current
   * link, so the customer id breaks ties.
   */
  static List<Listing.Range> currentLinkRanges(PartnerId reseller) {
    return List.of(Listing.Range.of("reseller_id = ? AND linked_until IS NULL",
        reseller.value()));
  }

  private static CustomerLink link(ResultSet row) throws SQLException {
    return new CustomerLink(new CustomerId(string(row, "customer_id")), row.getInt("seq"),
        new PartnerId(string(row, "reseller_id")), LinkOrigin.valueOf(string(row, "origin")),
        Sql.instant(row, "linked_from"), string(row, "linked_by"),
        Sql.optionalInstant(row, "linked_until"),
        Optional.ofNullable(row.getString("ended_by")),
        Optional.ofNullable(row.getString("end_reason")));
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
