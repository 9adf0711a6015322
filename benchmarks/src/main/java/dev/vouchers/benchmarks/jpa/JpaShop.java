// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.NoResultException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * "What a shop would write instead" of the library (issue 12): voucher orders and redemptions
 * with plain JPA on Hibernate ORM, bootstrapped programmatically, on PostgreSQL, written as a
 * good engineer would and as Hibernate's documentation recommends.
 *
 * <ul>
 *   <li>Entities {@link ShopOrder}, {@link ShopVoucher} (with {@code @Version}) and {@link
 *       ShopVoucherHistory}; ids from sequences with the pooled optimizer (allocation size
 *       {@value #BATCH_SIZE}), so that inserts can be batched.
 *   <li>JDBC batching on: {@code hibernate.jdbc.batch_size} {@value #BATCH_SIZE}, {@code
 *       hibernate.order_inserts} and {@code order_updates}, and PgJDBC's {@code
 *       reWriteBatchedInserts} (batches become multi-row inserts); an order flushes and clears
 *       the persistence context every {@value #BATCH_SIZE} vouchers (the documentation's batch
 *       insert pattern), all in one transaction.
 *   <li>Redemption: one transaction: the voucher by its code's HMAC digest (a named JPQL query,
 *       parsed once at start), status and expiry checked in Java, the change, a history row,
 *       commit (the update conditional on the version). Four round trips: select, update,
 *       insert, commit.
 *   <li>Schema: created by hand ({@link #createSchema}) with the indexes the shop's queries need;
 *       optionally the library's partial index on the status ({@link Indexes#PARTIAL_STATUS}),
 *       which rules out PostgreSQL's HOT updates of a status change.
 * </ul>
 */
public final class JpaShop implements AutoCloseable {
  /** JDBC batch size, flush interval and id allocation size. */
  public static final int BATCH_SIZE = 1000;

  /** Which index on the status the voucher table has. */
  public enum Indexes {
    /** The expiry sweep's index on the expiry alone: status changes can be HOT updates. */
    PLAIN,
    /**
     * As the library: the sweep's index on (expiry, id) only over the VALID and ASSIGNED
     * vouchers; the status is in its predicate, so a status change updates the index.
     */
    PARTIAL_STATUS
  }

  private static final Clock CLOCK = Clock.systemUTC();

  static {
    // Hibernate logs through JBoss Logging; route it to the benchmarks' slf4j (warnings only)
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }

  private final HikariDataSource pool;
  private final EntityManagerFactory factory;
  private final byte[] lookupKey;
  private final byte[] sealKey;
  private final ThreadLocal<ShopCodes> codes;

  /**
   * Connects to a PostgreSQL, creates the shop's schema there and starts Hibernate.
   *
   * @param port the server's port on localhost (database and user {@code postgres})
   * @param poolSize connections
   * @param indexes the status index variant
   * @param lookupKey the HMAC key (32 bytes)
   * @param sealKey the AES key (32 bytes)
   */
  public JpaShop(int port, int poolSize, Indexes indexes, byte[] lookupKey, byte[] sealKey) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setServerNames(new String[] {"localhost"});
    pg.setPortNumbers(new int[] {port});
    pg.setDatabaseName("postgres");
    pg.setUser("postgres");
    pg.setReWriteBatchedInserts(true);
    HikariConfig config = new HikariConfig();
    config.setDataSource(pg);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize);
    config.setPoolName("jpa-shop");
    // Hibernate's advice with a pool: connections handed out in manual commit mode, and
    // Hibernate told so, spare the auto-commit switching around every transaction
    config.setAutoCommit(false);
    this.pool = new HikariDataSource(config);
    createSchema(pool, indexes);
    this.factory =
        new HibernatePersistenceConfiguration("shop")
            .managedClasses(ShopOrder.class, ShopVoucher.class, ShopVoucherHistory.class)
            .property("jakarta.persistence.nonJtaDataSource", pool)
            .property("hibernate.jdbc.batch_size", BATCH_SIZE)
            .property("hibernate.order_inserts", true)
            .property("hibernate.order_updates", true)
            .property("hibernate.jdbc.batch_versioned_data", true)
            .property("hibernate.id.optimizer.pooled.preferred", "pooled")
            .property("hibernate.connection.provider_disables_autocommit", true)
            .createEntityManagerFactory();
    this.lookupKey = lookupKey.clone();
    this.sealKey = sealKey.clone();
    this.codes = ThreadLocal.withInitial(
        () -> new ShopCodes(this.lookupKey, this.sealKey, new SecureRandom()));
  }

  /** The DDL a migration tool would hold for the shop's entities. */
  static void createSchema(HikariDataSource pool, Indexes indexes) {
    List<String> ddl = new ArrayList<>(List.of(
        "CREATE SEQUENCE IF NOT EXISTS shop_order_ids INCREMENT BY 50",
        "CREATE SEQUENCE IF NOT EXISTS shop_voucher_ids INCREMENT BY " + BATCH_SIZE,
        "CREATE SEQUENCE IF NOT EXISTS shop_history_ids INCREMENT BY " + BATCH_SIZE,
        "CREATE TABLE IF NOT EXISTS shop_orders (id BIGINT PRIMARY KEY,"
            + " partner_id VARCHAR(64) NOT NULL, product_id VARCHAR(64) NOT NULL,"
            + " quantity INTEGER NOT NULL, placed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " placed_by VARCHAR(255) NOT NULL, status VARCHAR(16) NOT NULL,"
            + " version BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS shop_orders_by_partner"
            + " ON shop_orders (partner_id, placed_at DESC, id)",
        "CREATE TABLE IF NOT EXISTS shop_vouchers (id BIGINT PRIMARY KEY,"
            + " order_id BIGINT NOT NULL REFERENCES shop_orders (id),"
            + " partner_id VARCHAR(64) NOT NULL, product_id VARCHAR(64) NOT NULL,"
            + " code_digest BYTEA NOT NULL, code_sealed BYTEA NOT NULL,"
            + " code_last_four VARCHAR(4) NOT NULL, status VARCHAR(16) NOT NULL,"
            + " issued_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " expires_at TIMESTAMP WITH TIME ZONE NOT NULL, ever_redeemed BOOLEAN NOT NULL,"
            + " version BIGINT NOT NULL)",
        "CREATE UNIQUE INDEX IF NOT EXISTS shop_vouchers_code ON shop_vouchers (code_digest)",
        "CREATE INDEX IF NOT EXISTS shop_vouchers_by_order ON shop_vouchers (order_id)",
        "CREATE INDEX IF NOT EXISTS shop_vouchers_by_partner"
            + " ON shop_vouchers (partner_id, issued_at DESC, id)",
        "CREATE TABLE IF NOT EXISTS shop_voucher_history (id BIGINT PRIMARY KEY,"
            + " voucher_id BIGINT NOT NULL, from_status VARCHAR(16) NOT NULL,"
            + " to_status VARCHAR(16) NOT NULL, moved_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " by_whom VARCHAR(255) NOT NULL, why VARCHAR(255) NOT NULL)",
        "CREATE INDEX IF NOT EXISTS shop_voucher_history_by_voucher"
            + " ON shop_voucher_history (voucher_id)"));
    ddl.add(indexes == Indexes.PLAIN
        ? "CREATE INDEX IF NOT EXISTS shop_vouchers_due ON shop_vouchers (expires_at)"
        : "CREATE INDEX IF NOT EXISTS shop_vouchers_due ON shop_vouchers (expires_at, id)"
            + " WHERE status IN ('VALID', 'ASSIGNED')");
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the shop's schema", e);
    }
  }

  /**
   * Places an order of {@code quantity} new vouchers (codes generated, digested and sealed) in
   * one transaction, with batched inserts.
   *
   * @param partnerId the partner
   * @param productId the product
   * @param quantity the number of vouchers
   * @param by who orders
   * @return the codes as displayed
   */
  public List<String> order(String partnerId, String productId, int quantity, String by) {
    ShopCodes generator = codes.get();
    return inTransaction(em -> {
      Instant now = CLOCK.instant();
      Instant expires = now.plus(Duration.ofDays(365));
      ShopOrder order = new ShopOrder(partnerId, productId, quantity, now, by);
      em.persist(order);
      List<String> shown = new ArrayList<>(quantity);
      for (int i = 0; i < quantity; i++) {
        ShopCodes.Sealed code = generator.next();
        em.persist(new ShopVoucher(order, partnerId, productId, code, now, expires));
        shown.add(code.display());
        if ((i + 1) % BATCH_SIZE == 0) {
          em.flush();
          em.clear();
          order = em.getReference(ShopOrder.class, order.getId());
        }
      }
      return shown;
    });
  }

  /**
   * Redeems the voucher of a typed code: found by digest, checked, changed, history written, in
   * one transaction.
   *
   * @param typed the code as typed
   * @param by who redeems
   * @return whether it was redeemed (false: unknown, not redeemable, or lost a race)
   */
  public boolean redeem(String typed, String by) {
    Optional<byte[]> digest = codes.get().digestOfTyped(typed);
    if (digest.isEmpty()) {
      return false;
    }
    try {
      return inTransaction(em -> {
        ShopVoucher voucher;
        try {
          voucher = em.createNamedQuery(ShopVoucher.BY_DIGEST, ShopVoucher.class)
              .setParameter("digest", digest.get())
              .getSingleResult();
        } catch (NoResultException e) {
          return false;
        }
        Instant now = CLOCK.instant();
        if (!voucher.redeemableAt(now)) {
          return false;
        }
        ShopStatus from = voucher.getStatus();
        voucher.redeem();
        em.persist(new ShopVoucherHistory(
            voucher.getId() == null ? 0 : voucher.getId(), from, ShopStatus.REDEEMED, now, by,
            "redeemed"));
        return true;
      });
    } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
      return false; // a concurrent redemption came first (V-7)
    }
  }

  /** Empties the shop's tables. */
  public void clear() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("TRUNCATE shop_voucher_history, shop_vouchers, shop_orders");
      s.execute("ANALYZE");
      s.execute("CHECKPOINT");
      c.setAutoCommit(false);
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the shop's tables", e);
    }
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
    pool.close();
  }
}
