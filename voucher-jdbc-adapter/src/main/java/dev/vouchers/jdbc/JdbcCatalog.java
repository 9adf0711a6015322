// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.ProductId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link Catalog} over JDBC: products in {@code vouchers_products}, the current price book in
 * {@code vouchers_price_book} (one row) and {@code vouchers_price_entries}.
 */
final class JdbcCatalog implements Catalog {
  private static final String PRODUCT_COLUMNS = """
      id, name, kind, validity_years, min_fqdns, max_fqdns, max_wildcards, requires_mandate,
      organisation_activation, domain_validated""";
  static final String SELECT_PRODUCT = """
      SELECT %s FROM vouchers_products WHERE id = ?""".formatted(PRODUCT_COLUMNS);
  static final String SELECT_PRODUCTS = """
      SELECT %s FROM vouchers_products ORDER BY id""".formatted(PRODUCT_COLUMNS);
  static final String UPSERT_PRODUCT_POSTGRESQL = """
      INSERT INTO vouchers_products (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
          validity_years = EXCLUDED.validity_years, min_fqdns = EXCLUDED.min_fqdns,
          max_fqdns = EXCLUDED.max_fqdns, max_wildcards = EXCLUDED.max_wildcards,
          requires_mandate = EXCLUDED.requires_mandate,
          organisation_activation = EXCLUDED.organisation_activation,
          domain_validated = EXCLUDED.domain_validated""".formatted(PRODUCT_COLUMNS);
  static final String UPSERT_PRODUCT_H2 = """
      MERGE INTO vouchers_products (%s) KEY (id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(PRODUCT_COLUMNS);

  /** One statement, so one snapshot: never half of an old and half of a new book. */
  static final String SELECT_PRICE_BOOK = """
      SELECT b.currency, b.rounding, e.rule, e.tier, e.product_id, e.validity_years, e.fqdns,
          e.wildcards, e.minor_units, e.discount_percent
      FROM vouchers_price_book b LEFT JOIN vouchers_price_entries e ON TRUE""";
  /** Locks the book's row: concurrent publishes replace the book one after the other. */
  static final String UPSERT_BOOK_POSTGRESQL = """
      INSERT INTO vouchers_price_book (id, currency, rounding) VALUES (1, ?, ?)
      ON CONFLICT (id) DO UPDATE SET currency = EXCLUDED.currency, rounding = EXCLUDED.rounding""";
  static final String UPSERT_BOOK_H2 = """
      MERGE INTO vouchers_price_book (id, currency, rounding) KEY (id) VALUES (1, ?, ?)""";
  static final String DELETE_ENTRIES = """
      DELETE FROM vouchers_price_entries""";
  static final String INSERT_ENTRY = """
      INSERT INTO vouchers_price_entries (rule, tier, product_id, validity_years, fqdns, wildcards,
          minor_units, discount_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String LIST_PRICE = "LIST_PRICE";
  private static final String TIER_PRICE = "TIER_PRICE";
  private static final String TIER_DISCOUNT = "TIER_DISCOUNT";
  private static final String TIER_WIDE_DISCOUNT = "TIER_WIDE_DISCOUNT";

  private final Transactions transactions;
  private final String upsertProduct;
  private final String upsertBook;

  JdbcCatalog(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.upsertProduct = switch (dialect) {
      case H2 -> UPSERT_PRODUCT_H2;
      case POSTGRESQL -> UPSERT_PRODUCT_POSTGRESQL;
    };
    this.upsertBook = switch (dialect) {
      case H2 -> UPSERT_BOOK_H2;
      case POSTGRESQL -> UPSERT_BOOK_POSTGRESQL;
    };
  }

  @Override
  public Optional<Product> product(ProductId id) {
    return transactions.inAutoCommit("read product " + id, connection ->
        Sql.one(connection, SELECT_PRODUCT, s -> s.setString(1, id.value()), JdbcCatalog::product));
  }

  @Override
  public List<Product> products() {
    return transactions.inAutoCommit("read the products", connection ->
        Sql.list(connection, SELECT_PRODUCTS, s -> { }, JdbcCatalog::product));
  }

  @Override
  public void save(Product product) {
    transactions.inAutoCommit("save product " + product.id(), connection ->
        Sql.update(connection, upsertProduct, s -> {
          s.setString(1, product.id().value());
          s.setString(2, product.name());
          s.setString(3, product.kind().name());
          s.setString(4, product.validityYears().stream().sorted().map(String::valueOf)
              .collect(Collectors.joining(",")));
          s.setInt(5, product.minFqdns());
          s.setInt(6, product.maxFqdns());
          s.setInt(7, product.maxWildcards());
          s.setBoolean(8, product.requiresMandate());
          s.setBoolean(9, product.organisationActivation());
          s.setBoolean(10, product.domainValidated());
        }));
  }

  @Override
  public Optional<PriceBook> priceBook() {
    return transactions.inTransaction("read the price book", JdbcCatalog::readPriceBook);
  }

  @Override
  public void publish(PriceBook priceBook) {
    transactions.inTransaction("publish the price book", connection -> {
      Sql.update(connection, upsertBook, s -> {
        s.setString(1, priceBook.currency().getCurrencyCode());
        s.setString(2, priceBook.rounding().name());
      });
      Sql.update(connection, DELETE_ENTRIES, s -> { });
      insertEntries(connection, priceBook);
      return null;
    });
  }

  private static Product product(ResultSet row) throws SQLException {
    return Product.builder()
        .id(new ProductId(string(row, "id")))
        .name(string(row, "name"))
        .kind(ProductKind.valueOf(string(row, "kind")))
        .addAllValidityYears(Arrays.stream(string(row, "validity_years").split(","))
            .map(Integer::valueOf).collect(Collectors.toList()))
        .minFqdns(row.getInt("min_fqdns"))
        .maxFqdns(row.getInt("max_fqdns"))
        .maxWildcards(row.getInt("max_wildcards"))
        .requiresMandate(row.getBoolean("requires_mandate"))
        .organisationActivation(row.getBoolean("organisation_activation"))
        .domainValidated(row.getBoolean("domain_validated"))
        .build();
  }

  private static Optional<PriceBook> readPriceBook(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SELECT_PRICE_BOOK);
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        return Optional.empty();
      }
      Currency currency = Currency.getInstance(string(rows, "currency"));
      PriceBook.Builder book = PriceBook.builder(currency)
          .rounding(RoundingMode.valueOf(string(rows, "rounding")));
      do {
        String rule = rows.getString("rule");
        if (rule != null) {
          addEntry(book, currency, rule, rows);
        }
      } while (rows.next());
      return Optional.of(book.build());
    }
  }

  private static void addEntry(PriceBook.Builder book, Currency currency, String rule,
      ResultSet row) throws SQLException {
    switch (rule) {
      case LIST_PRICE -> book.listPrice(configuration(row), money(currency, row));
      case TIER_PRICE -> book.tierPrice(tier(row), configuration(row), money(currency, row));
      case TIER_DISCOUNT -> book.tierDiscount(tier(row), configuration(row), percent(row));
      case TIER_WIDE_DISCOUNT -> book.tierDiscount(tier(row), percent(row));
      default -> throw new IllegalStateException("unknown price book rule '" + rule + "'");
    }
  }

  private static void insertEntries(Connection connection, PriceBook book) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
      for (var list : book.listPrices().entrySet()) {
        entry(insert, LIST_PRICE, Optional.empty(), Optional.of(list.getKey()),
            Optional.of(list.getValue()), Optional.empty());
      }
      for (var tier : book.tierPrices().entrySet()) {
        for (var price : tier.getValue().entrySet()) {
          entry(insert, TIER_PRICE, Optional.of(tier.getKey()), Optional.of(price.getKey()),
              Optional.of(price.getValue()), Optional.empty());
        }
      }
      for (var tier : book.tierDiscounts().entrySet()) {
        for (var discount : tier.getValue().entrySet()) {
          entry(insert, TIER_DISCOUNT, Optional.of(tier.getKey()), Optional.of(discount.getKey()),
              Optional.empty(), Optional.of(discount.getValue()));
        }
      }
      for (var discount : book.tierWideDiscounts().entrySet()) {
        entry(insert, TIER_WIDE_DISCOUNT, Optional.of(discount.getKey()), Optional.empty(),
            Optional.empty(), Optional.of(discount.getValue()));
      }
      insert.executeBatch();
    }
  }

  private static void entry(PreparedStatement insert, String rule, Optional<Tier> tier,
      Optional<ProductConfiguration> configuration, Optional<Money> price,
      Optional<BigDecimal> percent) throws SQLException {
    insert.setString(1, rule);
    setString(insert, 2, tier.map(Tier::name));
    setString(insert, 3, configuration.map(c -> c.product().value()));
    setInt(insert, 4, configuration.map(ProductConfiguration::validityYears));
    setInt(insert, 5, configuration.map(ProductConfiguration::fqdns));
    setInt(insert, 6, configuration.map(ProductConfiguration::wildcards));
    if (price.isPresent()) {
      insert.setLong(7, price.get().minorUnits());
    } else {
      insert.setNull(7, Types.BIGINT);
    }
    // toString, not toPlainString: it round-trips the scale exactly (PriceBook equality needs it)
    setString(insert, 8, percent.map(BigDecimal::toString));
    insert.addBatch();
  }

  private static void setString(PreparedStatement s, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setString(index, value.get());
    } else {
      s.setNull(index, Types.VARCHAR);
    }
  }

  private static void setInt(PreparedStatement s, int index, Optional<Integer> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setInt(index, value.get());
    } else {
      s.setNull(index, Types.INTEGER);
    }
  }

  private static ProductConfiguration configuration(ResultSet row) throws SQLException {
    return ProductConfiguration.of(new ProductId(string(row, "product_id")),
        row.getInt("validity_years"), row.getInt("fqdns"), row.getInt("wildcards"));
  }

  private static Tier tier(ResultSet row) throws SQLException {
    return new Tier(string(row, "tier"));
  }

  private static Money money(Currency currency, ResultSet row) throws SQLException {
    return new Money(currency, row.getLong("minor_units"));
  }

  private static BigDecimal percent(ResultSet row) throws SQLException {
    return new BigDecimal(string(row, "discount_percent"));
  }
}
