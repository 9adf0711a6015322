// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.out.Offers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Offers} over JDBC: table {@code vouchers_offers} (U-1, U-3). */
final class JdbcOffers implements Offers {
  static final String COLUMNS = "id, name, publisher, terms, billing_frequencies,"
      + " monthly_window, annual_window, max_quantity";
  static final String SELECT_ONE = """
      SELECT %s FROM vouchers_offers WHERE id = ?""".formatted(COLUMNS);
  static final String SELECT_ALL = """
      SELECT %s FROM vouchers_offers ORDER BY id""".formatted(COLUMNS);
  static final String UPSERT_POSTGRESQL = """
      INSERT INTO vouchers_offers (id, name, publisher, terms, billing_frequencies,
          monthly_window, annual_window, max_quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, publisher = EXCLUDED.publisher,
          terms = EXCLUDED.terms, billing_frequencies = EXCLUDED.billing_frequencies,
          monthly_window = EXCLUDED.monthly_window, annual_window = EXCLUDED.annual_window,
          max_quantity = EXCLUDED.max_quantity""";
  /** H2 has no ON CONFLICT; its MERGE ... KEY replaces the row with that id. */
  static final String UPSERT_H2 = """
      MERGE INTO vouchers_offers (id, name, publisher, terms, billing_frequencies,
          monthly_window, annual_window, max_quantity) KEY (id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

  private final Transactions transactions;
  private final String upsert;

  JdbcOffers(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.upsert = switch (dialect) {
      case H2 -> UPSERT_H2;
      case POSTGRESQL -> UPSERT_POSTGRESQL;
    };
  }

  @Override
  public Optional<Offer> offer(OfferId id) {
    return transactions.inAutoCommit("read offer " + id, connection ->
        Sql.one(connection, SELECT_ONE, s -> s.setString(1, id.value()), JdbcOffers::offer));
  }

  @Override
  public List<Offer> offers() {
    return transactions.inAutoCommit("read the offers", connection ->
        Sql.list(connection, SELECT_ALL, s -> { }, JdbcOffers::offer));
  }

  @Override
  public void save(Offer offer) {
    transactions.inAutoCommit("save offer " + offer.id(), connection ->
        Sql.update(connection, upsert, s -> {
          s.setString(1, offer.id().value());
          s.setString(2, offer.name());
          s.setString(3, offer.publisher());
          s.setString(4, names(offer.terms()));
          s.setString(5, names(offer.billingFrequencies()));
          s.setString(6, offer.monthlyCancellationWindow().toString());
          s.setString(7, offer.annualCancellationWindow().toString());
          s.setInt(8, offer.maxQuantity());
        }));
  }

  private static Offer offer(ResultSet row) throws SQLException {
    return Offer.builder()
        .id(OfferId.of(string(row, "id")))
        .name(string(row, "name"))
        .publisher(string(row, "publisher"))
        .addAllTerms(JdbcOffers.<SubscriptionTerm>parse(string(row, "terms"),
            SubscriptionTerm::valueOf))
        .addAllBillingFrequencies(JdbcOffers.<BillingFrequency>parse(
            string(row, "billing_frequencies"), BillingFrequency::valueOf))
        .monthlyCancellationWindow(Duration.parse(string(row, "monthly_window")))
        .annualCancellationWindow(Duration.parse(string(row, "annual_window")))
        .maxQuantity(row.getInt("max_quantity"))
        .build();
  }

  /** Enum names, sorted, comma-separated. */
  static String names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E> Set<E> parse(String column, Function<String, E> value) {
    return Arrays.stream(column.split(",")).map(value).collect(Collectors.toSet());
  }
}
