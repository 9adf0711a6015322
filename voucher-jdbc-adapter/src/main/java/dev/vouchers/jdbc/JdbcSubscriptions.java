// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.messaging.domain.ChangeEvents;
import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  static final String INSERT = """
      INSERT INTO vouchers_subscriptions (%s)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS);
  static final String SELECT_ONE = """
      SELECT %s
      FROM vouchers_subscriptions WHERE id = ?""".formatted(COLUMNS);
  /** Everything a change may change; conditional on the version read (U-2, U-3). */
  static final String UPDATE = """
      UPDATE vouchers_subscriptions SET quantity = ?, billing_frequency = ?, auto_renew = ?,
          nickname = ?, indirect_reseller = ?, status = ?, window_opens_at = ?,
          publisher_link = ?, authorisation_code = ?, billing_started_at = ?, term_number = ?,
          term_started_at = ?, term_ends_at = ?, version = ?
      WHERE id = ? AND version = ?""";
  static final String HISTORY_COLUMNS = "subscription_id, change_kind, from_status, to_status,"
      + " changed_at, by_whom, why, data";
  static final String INSERT_HISTORY = """
      INSERT INTO vouchers_subscription_history (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""".formatted(
          HISTORY_COLUMNS);
  static final String SELECT_HISTORY = """
      SELECT %s
      FROM vouchers_subscription_history WHERE subscription_id = ? ORDER BY id""".formatted(
          HISTORY_COLUMNS);
  /**
   * U-4, L-2: a batch of the term-end sweep, locked: served by vouchers_subscriptions_due;
   * rows another sweep or a change holds are skipped, not waited for.
   */
  static final String SELECT_DUE = """
      SELECT %s FROM vouchers_subscriptions
      WHERE %s AND term_ends_at <= ?
      ORDER BY term_ends_at, id LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(
          COLUMNS, runningStatuses());
  /**
   * U-4 on PostgreSQL: the settled batch written in one statement. The new states (the columns
   * a term end changes) and the term-end entries come as arrays, computed per subscription by
   * the domain; the update is conditional on the version read (primary key) and the history
   * rows of the subscriptions it moved are appended in their order.
   */
  static final String SETTLE_POSTGRESQL = """
      WITH settled AS (
        SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[], ?::integer[],
          ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
          AS t(id, version, status, term_number, term_started_at, term_ends_at,
            window_opens_at)),
      moved AS (
        UPDATE vouchers_subscriptions s SET status = t.status,
          term_number = t.term_number, term_started_at = t.term_started_at,
          term_ends_at = t.term_ends_at, window_opens_at = t.window_opens_at,
          version = t.version + 1
        FROM settled t WHERE s.id = t.id AND s.version = t.version
        RETURNING s.id),
      history AS (
        INSERT INTO vouchers_subscription_history (%s)
        SELECT h.subscription_id, h.change_kind, h.from_status, h.to_status, h.changed_at,
          h.by_whom, h.why, h.data
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[],
          ?::text[], ?::text[]) WITH ORDINALITY AS h(%s, n)
        WHERE h.subscription_id IN (SELECT id FROM moved)
        ORDER BY h.n)
      SELECT id FROM moved""".formatted(HISTORY_COLUMNS, HISTORY_COLUMNS);
  /** U-4 on H2: one conditional write of a settled subscription, sent as a batch. */
  static final String SETTLE_H2 = """
      UPDATE vouchers_subscriptions SET status = ?, term_number = ?, term_started_at = ?,
        term_ends_at = ?, window_opens_at = ?, version = ?
      WHERE id = ? AND version = ?""";

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcSubscriptions(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  @Override
  public void insert(SubscriptionPurchase purchase) {
    Subscription s = purchase.subscription();
    transactions.inTransaction("insert subscription " + s.id(), connection -> {
      Sql.update(connection, INSERT, statement -> SubscriptionRows.bind(statement, s));
      Sql.update(connection, INSERT_HISTORY, statement -> SubscriptionRows.bindHistory(statement,
          purchase.entry()));
      EventRows.insert(connection, ChangeEvents.of(purchase.entry())); // M-5
      return null;
    });
  }

  @Override
  public Optional<Subscription> subscription(SubscriptionId id) {
    return transactions.inAutoCommit("read subscription " + id, connection ->
        Sql.one(connection, SELECT_ONE, s -> s.setString(1, id.value()),
            SubscriptionRows::subscription));
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
          SubscriptionRows.bindHistory(s, entry);
          s.addBatch();
        }
        s.executeBatch();
      }
      EventRows.insertAll(connection,
          update.entries().stream().map(ChangeEvents::of).toList()); // M-5
      return true;
    });
  }

  @Override
  public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
    return transactions.inAutoCommit("read the history of subscription " + subscription,
        connection -> Sql.list(connection, SELECT_HISTORY,
            s -> s.setString(1, subscription.value()), SubscriptionRows::history));
  }

  /**
   * U-4, L-2: one transaction per batch: the due subscriptions read and locked
   * ({@link #SELECT_DUE}), each settled by the domain, the batch written as a set (PostgreSQL:
   * {@link #SETTLE_POSTGRESQL}, one statement; H2: one batch of conditional updates and one of
   * history rows). Only the subscriptions whose conditional write applied get their entries
   * and are returned: on PostgreSQL that is every locked row; on H2, whose lock may hand back a
   * row changed meanwhile, a changed row is left to the change.
   */
  @Override
  public List<SubscriptionUpdate> settleDue(Instant now, int limit) {
    return transactions.inTransaction("settle subscriptions due at their term end",
        connection -> {
          List<SubscriptionUpdate> updates = new ArrayList<>();
          for (Subscription due : Sql.list(connection, SELECT_DUE, s -> {
            Sql.setInstant(s, 1, now);
            s.setInt(2, limit);
          }, SubscriptionRows::subscription)) {
            due.settleTermEnds(now).peek(update -> updates.add(termEnd(update)));
          }
          if (updates.isEmpty()) {
            return List.of();
          }
          Set<String> moved = dialect == Dialect.POSTGRESQL
              ? settlePostgresql(connection, updates) : settleH2(connection, updates);
          List<SubscriptionUpdate> settled = updates.stream()
              .filter(u -> moved.contains(u.before().id().value())).toList();
          // M-5: the events of the batch's entries, in its transaction (bounded by the limit)
          EventRows.insertAll(connection, settled.stream()
              .flatMap(u -> u.entries().stream()).map(ChangeEvents::of).toList());
          return settled;
        });
  }

  /**
   * The update as the sweep writes it: only the columns a term end changes. Should the domain
   * one day change more at a term end, this fails loudly rather than lose it.
   */
  private static SubscriptionUpdate termEnd(SubscriptionUpdate update) {
    Subscription after = update.after();
    // the end moves first, as the domain moves it: every step is a valid subscription
    Subscription written = update.before().withTermEndsAt(after.termEndsAt())
        .withTermStartedAt(after.termStartedAt()).withTermNumber(after.termNumber())
        .withWindowOpensAt(after.windowOpensAt()).withStatus(after.status())
        .withVersion(after.version());
    if (!written.equals(after)) {
      throw new IllegalStateException("a term end of subscription " + after.id()
          + " changes more than the sweep writes: " + after);
    }
    return update;
  }

  private static Set<String> settlePostgresql(Connection connection,
      List<SubscriptionUpdate> updates) throws SQLException {
    int n = updates.size();
    String[] ids = new String[n];
    Long[] versions = new Long[n];
    String[] statuses = new String[n];
    Integer[] terms = new Integer[n];
    String[] started = new String[n];
    String[] ends = new String[n];
    String[] windows = new String[n];
    List<SubscriptionHistoryEntry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Subscription after = updates.get(i).after();
      ids[i] = after.id().value();
      versions[i] = updates.get(i).before().version();
      statuses[i] = after.status().name();
      terms[i] = after.termNumber();
      started[i] = text(after.termStartedAt().orElseThrow());
      ends[i] = text(after.termEndsAt().orElseThrow());
      windows[i] = text(after.windowOpensAt());
      entries.addAll(updates.get(i).entries());
    }
    int m = entries.size();
    String[][] history = new String[8][m];
    for (int j = 0; j < m; j++) {
      SubscriptionHistoryEntry entry = entries.get(j);
      history[0][j] = entry.subscription().value();
      history[1][j] = entry.change().name();
      history[2][j] = entry.from().name();
      history[3][j] = entry.to().name();
      history[4][j] = text(entry.at());
      history[5][j] = entry.by();
      history[6][j] = entry.why();
      history[7][j] = Rows.encode(entry.data());
    }
    return new HashSet<>(Sql.list(connection, SETTLE_POSTGRESQL, s -> {
      s.setArray(1, connection.createArrayOf("text", ids));
      s.setArray(2, connection.createArrayOf("bigint", versions));
      s.setArray(3, connection.createArrayOf("text", statuses));
      s.setArray(4, connection.createArrayOf("integer", terms));
      s.setArray(5, connection.createArrayOf("text", started));
      s.setArray(6, connection.createArrayOf("text", ends));
      s.setArray(7, connection.createArrayOf("text", windows));
      for (int k = 0; k < history.length; k++) {
        s.setArray(8 + k, connection.createArrayOf("text", history[k]));
      }
    }, row -> string(row, "id")));
  }

  /** An instant as PostgreSQL reads a {@code timestamptz} from text, to the microsecond. */
  private static String text(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static Set<String> settleH2(Connection connection, List<SubscriptionUpdate> updates)
      throws SQLException {
    int[] changed;
    try (PreparedStatement s = connection.prepareStatement(SETTLE_H2)) {
      for (SubscriptionUpdate update : updates) {
        Subscription after = update.after();
        s.setString(1, after.status().name());
        s.setInt(2, after.termNumber());
        Sql.setInstant(s, 3, after.termStartedAt());
        Sql.setInstant(s, 4, after.termEndsAt());
        Sql.setInstant(s, 5, after.windowOpensAt());
        s.setLong(6, after.version());
        s.setString(7, update.before().id().value());
        s.setLong(8, update.before().version());
        s.addBatch();
      }
      changed = s.executeBatch();
    }
    Set<String> moved = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(INSERT_HISTORY)) {
      for (int i = 0; i < updates.size(); i++) {
        if (changed[i] == 0) {
          continue; // changed meanwhile: the change writes its term ends itself
        }
        moved.add(updates.get(i).before().id().value());
        for (SubscriptionHistoryEntry entry : updates.get(i).entries()) {
          SubscriptionRows.bindHistory(s, entry);
          s.addBatch();
        }
      }
      if (!moved.isEmpty()) {
        s.executeBatch();
      }
    }
    return moved;
  }

  // ------------------------------------------------------------------ pages

  @Override
  public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
    List<Listing.Range> ranges = subscriptionRanges(filter);
    return transactions.inTransaction("list subscriptions of " + filter.partner(), connection ->
        Listing.page(connection, "vouchers_subscriptions", COLUMNS, "purchased_at", ranges, page,
            SubscriptionRows::subscription, Subscription::purchasedAt, s -> s.id().value()));
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
}
