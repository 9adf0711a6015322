// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.out.Partners;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Partners} over JDBC: tables {@code vouchers_partners} and {@code vouchers_tier_changes}. */
final class JdbcPartners implements Partners {
  static final String SELECT_PARTNER = """
      SELECT id, name, tier, features, language FROM vouchers_partners WHERE id = ?""";
  /** Inserts or replaces name, features and language; an existing tier stays (T-5). */
  static final String UPSERT_POSTGRESQL = """
      INSERT INTO vouchers_partners (id, name, tier, features, language) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE
      SET name = EXCLUDED.name, features = EXCLUDED.features, language = EXCLUDED.language""";
  /** H2 has no ON CONFLICT; its MERGE locks the row as PostgreSQL's upsert does. */
  static final String UPSERT_H2 = """
      MERGE INTO vouchers_partners p
      USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),
          CAST(? AS VARCHAR), CAST(? AS VARCHAR))) s (id, name, tier, features, language)
      ON p.id = s.id
      WHEN MATCHED THEN UPDATE SET name = s.name, features = s.features, language = s.language
      WHEN NOT MATCHED THEN INSERT (id, name, tier, features, language)
          VALUES (s.id, s.name, s.tier, s.features, s.language)""";
  /** T-5: conditional on the stored tier; the updated row stays locked until commit. */
  static final String CHANGE_TIER = """
      UPDATE vouchers_partners SET tier = ? WHERE id = ? AND tier = ?""";
  /** Safe under the partner row's lock taken by {@link #CHANGE_TIER}. */
  static final String NEXT_SEQ = """
      SELECT COALESCE(MAX(seq), 0) + 1 FROM vouchers_tier_changes WHERE partner_id = ?""";
  static final String INSERT_CHANGE = """
      INSERT INTO vouchers_tier_changes (partner_id, seq, from_tier, to_tier, changed_by, changed_at)
      VALUES (?, ?, ?, ?, ?, ?)""";
  static final String SELECT_HISTORY = """
      SELECT partner_id, from_tier, to_tier, changed_by, changed_at FROM vouchers_tier_changes
      WHERE partner_id = ? ORDER BY seq""";

  private final Transactions transactions;
  private final String upsert;

  JdbcPartners(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.upsert = switch (dialect) {
      case H2 -> UPSERT_H2;
      case POSTGRESQL -> UPSERT_POSTGRESQL;
    };
  }

  @Override
  public Optional<Partner> partner(PartnerId id) {
    return transactions.inAutoCommit("read partner " + id, connection ->
        Sql.one(connection, SELECT_PARTNER, s -> s.setString(1, id.value()), JdbcPartners::partner));
  }

  @Override
  public void save(Partner partner) {
    transactions.inAutoCommit("save partner " + partner.id(), connection ->
        Sql.update(connection, upsert, s -> {
          s.setString(1, partner.id().value());
          s.setString(2, partner.name());
          s.setString(3, partner.tier().name());
          s.setString(4, features(partner.features()));
          s.setString(5, partner.language().toLanguageTag());
        }));
  }

  @Override
  public boolean changeTier(TierChange change) {
    String partner = change.partner().value();
    return transactions.inTransaction("change the tier of partner " + partner, connection -> {
      int changed = Sql.update(connection, CHANGE_TIER, s -> {
        s.setString(1, change.to().name());
        s.setString(2, partner);
        s.setString(3, change.from().name());
      });
      if (changed == 0) {
        return false;
      }
      int seq = Sql.one(connection, NEXT_SEQ, s -> s.setString(1, partner), r -> r.getInt(1))
          .orElse(1);
      Sql.update(connection, INSERT_CHANGE, s -> {
        s.setString(1, partner);
        s.setInt(2, seq);
        s.setString(3, change.from().name());
        s.setString(4, change.to().name());
        s.setString(5, change.by());
        Sql.setInstant(s, 6, change.at());
      });
      return true;
    });
  }

  @Override
  public List<TierChange> tierHistory(PartnerId id) {
    return transactions.inAutoCommit("read the tier history of partner " + id, connection ->
        Sql.list(connection, SELECT_HISTORY, s -> s.setString(1, id.value()), row ->
            new TierChange(new PartnerId(string(row, "partner_id")),
                new Tier(string(row, "from_tier")), new Tier(string(row, "to_tier")),
                string(row, "changed_by"), Sql.instant(row, "changed_at"))));
  }

  private static Partner partner(ResultSet row) throws SQLException {
    return new Partner(new PartnerId(string(row, "id")), string(row, "name"),
        new Tier(string(row, "tier")), features(string(row, "features")),
        Locale.forLanguageTag(string(row, "language")));
  }

  private static String features(Set<Feature> features) {
    return features.stream().sorted().map(Feature::name).collect(Collectors.joining(","));
  }

  private static Set<Feature> features(String column) {
    if (column.isEmpty()) {
      return Set.of();
    }
    EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
    Arrays.stream(column.split(",")).map(Feature::valueOf).forEach(features::add);
    return features;
  }
}
