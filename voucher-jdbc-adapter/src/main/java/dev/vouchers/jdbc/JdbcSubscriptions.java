// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.domain.BillingFrequency;
import dev.vouchers.core.domain.CustomerId;
import dev.vouchers.core.domain.OfferId;
import dev.vouchers.core.domain.Page;
import dev.vouchers.core.domain.PageRequest;
import dev.vouchers.core.domain.PartnerId;
import dev.vouchers.core.domain.Subscription;
import dev.vouchers.core.domain.SubscriptionActivation;
import dev.vouchers.core.domain.SubscriptionChange;
import dev.vouchers.core.domain.SubscriptionFilter;
import dev.vouchers.core.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.domain.SubscriptionId;
import dev.vouchers.core.domain.SubscriptionPurchase;
import dev.vouchers.core.domain.SubscriptionStatus;
import dev.vouchers.core.domain.SubscriptionTerm;
import dev.vouchers.core.domain.SubscriptionUpdate;
import dev.vouchers.core.port.out.Subscriptions;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@link Subscriptions} over JDBC: tables {@code vouchers_subscriptions} and
 * {@code vouchers_subscription_history} (U-1..U-4).
 *
 * <p>A change is one conditional write ({@code WHERE id = ? AND version = ?}) with its history
 * rows, in one transaction: a lost race writes nothing and answers false. Listings evaluate
 * the status as seen at the filter's instant in SQL (U-4: a term end without auto-renew counts
 * as EXPIRED before any sweep).
 */
final class JdbcSubscriptions implements Subscriptions {
  static final String COLUMNS = "id, partner_id, customer_id, offer_id, quantity, term,"
      + " billing_frequency, auto_renew, nickname, indirect_reseller, status, purchased_at,"
      + " cancellation_window, window_opens_at, publisher_link, authorisation_code,"
      + " billing_started_at, term_number, term_started_at, term_ends_at, version";
  static final String INSERT = "INSERT INTO vouchers_subscriptions (" + COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT_ONE = "SELECT " + COLUMNS
      + " FROM vouchers_subscriptions WHERE id = ?";
  /** Everything a change may change; conditional on the version read (U-2, U-3). */
  static final String UPDATE = """
      UPDATE vouchers_subscriptions SET quantity = ?, billing_frequency = ?, auto_renew = ?,
          nickname = ?, indirect_reseller = ?, status = ?, window_opens_at = ?,
          publisher_link = ?, authorisation_code = ?, billing_started_at = ?, term_number = ?,
          term_started_at = ?, term_ends_at = ?, version = ?
      WHERE id = ? AND version = ?""";
  static final String HISTORY_COLUMNS = "subscription_id, change_kind, from_status, to_status,"
      + " changed_at, by_whom, why, data";
  static final String INSERT_HISTORY = "INSERT INTO vouchers_subscription_history ("
      + HISTORY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT_HISTORY = "SELECT " + HISTORY_COLUMNS
      + " FROM vouchers_subscription_history WHERE subscription_id = ? ORDER BY id";
  /** U-4: served by vouchers_subscriptions_due. */
  static final String SELECT_DUE = "SELECT " + COLUMNS + " FROM vouchers_subscriptions"
      + " WHERE " + runningStatuses() + " AND term_ends_at <= ?"
      + " ORDER BY term_ends_at, id LIMIT ?";

  private final Transactions transactions;

  JdbcSubscriptions(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(SubscriptionPurchase purchase) {
    Subscription s = purchase.subscription();
    transactions.inTransaction("insert subscription " + s.id(), connection -> {
      Sql.update(connection, INSERT, statement -> bindRow(statement, s));
      Sql.update(connection, INSERT_HISTORY, statement -> bindHistory(statement,
          purchase.entry()));
      return null;
    });
  }

  @Override
  public Optional<Subscription> subscription(SubscriptionId id) {
    return transactions.inAutoCommit("read subscription " + id, connection ->
        Sql.one(connection, SELECT_ONE, s -> s.setString(1, id.value()),
            JdbcSubscriptions::subscription));
  }

  @Override
  public boolean update(SubscriptionUpdate update) {
    Subscription after = update.after();
    return transactions.inTransaction("update subscription " + after.id(), connection -> {
      int changed = Sql.update(connection, UPDATE, s -> {
        int i = 1;
        s.setInt(i++, after.quantity());
        s.setString(i++, after.billingFrequency().name());
        s.setBoolean(i++, after.autoRenew());
        Rows.setString(s, i++, after.nickname());
        Rows.setString(s, i++, after.indirectReseller().map(PartnerId::value));
        s.setString(i++, after.status().name());
        Sql.setInstant(s, i++, after.windowOpensAt());
        Rows.setString(s, i++, after.activation().map(a -> a.publisherLink().toString()));
        Rows.setString(s, i++, after.activation().map(SubscriptionActivation::authorisationCode));
        Sql.setInstant(s, i++, after.activation().map(SubscriptionActivation::billingStartedAt));
        s.setInt(i++, after.termNumber());
        Sql.setInstant(s, i++, after.termStartedAt());
        Sql.setInstant(s, i++, after.termEndsAt());
        s.setLong(i++, after.version());
        s.setString(i++, update.before().id().value());
        s.setLong(i, update.before().version());
      });
      if (changed == 0) {
        return false;
      }
      try (PreparedStatement s = connection.prepareStatement(INSERT_HISTORY)) {
        for (SubscriptionHistoryEntry entry : update.entries()) {
          bindHistory(s, entry);
          s.addBatch();
        }
        s.executeBatch();
      }
      return true;
    });
  }

  @Override
  public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
    return transactions.inAutoCommit("read the history of subscription " + subscription,
        connection -> Sql.list(connection, SELECT_HISTORY,
            s -> s.setString(1, subscription.value()), JdbcSubscriptions::history));
  }

  @Override
  public List<Subscription> dueForTermEnd(Instant now, int limit) {
    return transactions.inAutoCommit("find subscriptions due at their term end", connection ->
        Sql.list(connection, SELECT_DUE, s -> {
          Sql.setInstant(s, 1, now);
          s.setInt(2, limit);
        }, JdbcSubscriptions::subscription));
  }

  // ------------------------------------------------------------------ pages

  @Override
  public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
    List<Listing.Range> ranges = subscriptionRanges(filter);
    return transactions.inTransaction("list subscriptions of " + filter.partner(), connection ->
        Listing.page(connection, "vouchers_subscriptions", COLUMNS, "purchased_at", ranges, page,
            JdbcSubscriptions::subscription, Subscription::purchasedAt, s -> s.id().value()));
  }

  /**
   * O-5, L-1 (ADR 0031): the partner's range of {@code vouchers_subscriptions_by_partner} (of
   * {@code by_customer} with a customer), or one range per status of
   * {@code vouchers_subscriptions_by_partner_status} (a customer's few subscriptions filtered).
   * U-4: statuses as seen at {@code asOf}: a status that runs terms lists the subscriptions
   * whose term has not ended without renewal, and EXPIRED adds those ended but not yet swept
   * ({@link #RUNNING}, the partial index {@code vouchers_subscriptions_due}).
   */
  static List<Listing.Range> subscriptionRanges(SubscriptionFilter filter) {
    Listing.Range partner = Listing.Range.of("partner_id = ?", filter.partner().value());
    if (filter.customer().isPresent()) {
      partner = partner.and("customer_id = ?", filter.customer().get().value());
    }
    if (filter.statuses().isEmpty()) {
      return List.of(partner);
    }
    List<Listing.Range> ranges = new ArrayList<>();
    for (SubscriptionStatus status : EnumSet.copyOf(filter.statuses())) {
      Listing.Range range = partner.and("status = ?", status.name());
      ranges.add(status.runsTerms()
          ? range.and("(auto_renew = ? OR term_ends_at > ?)", true, filter.asOf())
          : range);
      if (status == SubscriptionStatus.EXPIRED) {
        ranges.add(partner.and(RUNNING + " AND auto_renew = ? AND term_ends_at <= ?", false,
            filter.asOf()));
      }
    }
    return ranges;
  }

  /**
   * U-4: the statuses that run terms ({@link SubscriptionStatus#runsTerms}) as a SQL condition
   * rendered from the domain; written into the statement, not bound, so that the planner
   * matches the partial index {@code vouchers_subscriptions_due}, whose predicate it is.
   */
  static final String RUNNING = runningStatuses();

  private static String runningStatuses() {
    StringJoiner statuses = new StringJoiner("', '", "status IN ('", "')");
    for (SubscriptionStatus status : SubscriptionStatus.values()) {
      if (status.runsTerms()) {
        statuses.add(status.name());
      }
    }
    return statuses.toString();
  }

  // ------------------------------------------------------------------ rows

  private static void bindRow(PreparedStatement s, Subscription v) throws SQLException {
    int i = 1;
    s.setString(i++, v.id().value());
    s.setString(i++, v.partner().value());
    s.setString(i++, v.customer().value());
    s.setString(i++, v.offer().value());
    s.setInt(i++, v.quantity());
    s.setString(i++, v.term().name());
    s.setString(i++, v.billingFrequency().name());
    s.setBoolean(i++, v.autoRenew());
    Rows.setString(s, i++, v.nickname());
    Rows.setString(s, i++, v.indirectReseller().map(PartnerId::value));
    s.setString(i++, v.status().name());
    Sql.setInstant(s, i++, v.purchasedAt());
    s.setString(i++, v.cancellationWindow().toString());
    Sql.setInstant(s, i++, v.windowOpensAt());
    Rows.setString(s, i++, v.activation().map(a -> a.publisherLink().toString()));
    Rows.setString(s, i++, v.activation().map(SubscriptionActivation::authorisationCode));
    Sql.setInstant(s, i++, v.activation().map(SubscriptionActivation::billingStartedAt));
    s.setInt(i++, v.termNumber());
    Sql.setInstant(s, i++, v.termStartedAt());
    Sql.setInstant(s, i++, v.termEndsAt());
    s.setLong(i, v.version());
  }

  private static Subscription subscription(ResultSet row) throws SQLException {
    Subscription.Builder builder = Subscription.builder()
        .id(SubscriptionId.of(string(row, "id")))
        .partner(new PartnerId(string(row, "partner_id")))
        .customer(CustomerId.of(string(row, "customer_id")))
        .offer(OfferId.of(string(row, "offer_id")))
        .quantity(row.getInt("quantity"))
        .term(SubscriptionTerm.valueOf(string(row, "term")))
        .billingFrequency(BillingFrequency.valueOf(string(row, "billing_frequency")))
        .autoRenew(row.getBoolean("auto_renew"))
        .nickname(Optional.ofNullable(row.getString("nickname")))
        .indirectReseller(Optional.ofNullable(row.getString("indirect_reseller"))
            .map(PartnerId::new))
        .status(SubscriptionStatus.valueOf(string(row, "status")))
        .purchasedAt(Sql.instant(row, "purchased_at"))
        .cancellationWindow(Duration.parse(string(row, "cancellation_window")))
        .windowOpensAt(Sql.instant(row, "window_opens_at"))
        .termNumber(row.getInt("term_number"))
        .termStartedAt(Sql.optionalInstant(row, "term_started_at"))
        .termEndsAt(Sql.optionalInstant(row, "term_ends_at"))
        .version(row.getLong("version"));
    String link = row.getString("publisher_link");
    if (link != null) {
      builder.activation(new SubscriptionActivation(URI.create(link),
          string(row, "authorisation_code"), Sql.instant(row, "billing_started_at")));
    }
    return builder.build();
  }

  private static void bindHistory(PreparedStatement s, SubscriptionHistoryEntry entry)
      throws SQLException {
    s.setString(1, entry.subscription().value());
    s.setString(2, entry.change().name());
    s.setString(3, entry.from().name());
    s.setString(4, entry.to().name());
    Sql.setInstant(s, 5, entry.at());
    s.setString(6, entry.by());
    s.setString(7, entry.why());
    s.setString(8, Rows.encode(entry.data()));
  }

  private static SubscriptionHistoryEntry history(ResultSet row) throws SQLException {
    return new SubscriptionHistoryEntry(SubscriptionId.of(string(row, "subscription_id")),
        SubscriptionChange.valueOf(string(row, "change_kind")),
        SubscriptionStatus.valueOf(string(row, "from_status")),
        SubscriptionStatus.valueOf(string(row, "to_status")), Sql.instant(row, "changed_at"),
        string(row, "by_whom"), string(row, "why"), Rows.decode(string(row, "data")));
  }
}
