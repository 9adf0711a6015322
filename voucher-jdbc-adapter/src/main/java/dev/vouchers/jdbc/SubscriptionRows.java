// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A subscription and its history entries as rows of {@code vouchers_subscriptions} and
 * {@code vouchers_subscription_history}, in the column order of {@link JdbcSubscriptions#COLUMNS}
 * and {@link JdbcSubscriptions#HISTORY_COLUMNS}.
 */
final class SubscriptionRows {
  private SubscriptionRows() {}

  static void bind(PreparedStatement s, Subscription v) throws SQLException {
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

  static Subscription subscription(ResultSet row) throws SQLException {
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

  static void bindHistory(PreparedStatement s, SubscriptionHistoryEntry entry)
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

  static SubscriptionHistoryEntry history(ResultSet row) throws SQLException {
    return new SubscriptionHistoryEntry(SubscriptionId.of(string(row, "subscription_id")),
        SubscriptionChange.valueOf(string(row, "change_kind")),
        SubscriptionStatus.valueOf(string(row, "from_status")),
        SubscriptionStatus.valueOf(string(row, "to_status")), Sql.instant(row, "changed_at"),
        string(row, "by_whom"), string(row, "why"), Rows.decode(string(row, "data")));
  }
}
