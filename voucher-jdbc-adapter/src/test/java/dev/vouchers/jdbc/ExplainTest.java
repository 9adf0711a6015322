// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import dev.vouchers.testkit.contract.ContractData;
import dev.vouchers.testkit.contract.SubscriptionData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * Every statement the adapters send to PostgreSQL is planned with an index: each port method
 * is called over a data source that records the SQL it is given, then each recorded statement
 * is explained as a generic plan (PostgreSQL 16+) with sequential scans switched off, so that
 * empty tables do not hide a missing index. Inserts and statements that read a whole table (the
 * current price book) have nothing to look up and are left out.
 */
class ExplainTest {
  private static final PartnerId A = new PartnerId("a");

  @Test
  void everyStatementOfEveryPortUsesAnIndexOnPostgresql() throws SQLException {
    DataSource real = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(real);
    Set<String> statements = new ConcurrentSkipListSet<>();
    JdbcStorage storage = JdbcStorage.builder(recording(real, statements)).build();
    exerciseEveryPort(storage);

    assertThat(statements).hasSizeGreaterThan(30);
    // simple query mode: the $n parameters go to the server as text, unbound
    ((PGSimpleDataSource) real).setPreferQueryMode(PreferQueryMode.SIMPLE);
    List<String> unindexed = new ArrayList<>();
    for (String sql : statements) {
      if (sql.startsWith("INSERT") || sql.startsWith("COPY") || !sql.contains("WHERE")) {
        continue; // nothing to find: inserts, and reads of a whole table (the price book)
      }
      String plan = explain(real, sql);
      if (plan.contains("Seq Scan")) {
        unindexed.add(sql + "\n" + plan);
      }
    }
    assertThat(unindexed).as("statements planned without an index").isEmpty();
  }

  private static void exerciseEveryPort(JdbcStorage storage) {
    Instant t0 = ContractData.T0;
    storage.partners().save(Partner.withVouchers(A, "A", Tier.ENTRY));
    storage.partners().partner(A);
    storage.partners().changeTier(new TierChange(A, Tier.ENTRY, Tier.GOLD, "pm", t0));
    storage.partners().tierHistory(A);
    storage.catalog().products();
    storage.catalog().product(new ProductId("ssl-dv"));
    storage.catalog().priceBook();
    storage.mandates().register(new Mandate(OrganisationId.of("o"), "doc", t0, "pm",
        Optional.empty()));
    storage.mandates().of(OrganisationId.of("o"));
    // G-1: code attempts
    dev.vouchers.core.voucher.domain.CallerKey key = dev.vouchers.core.voucher.domain.CallerKey.of("ip:x");
    dev.vouchers.core.voucher.domain.AttemptLimit limit = new dev.vouchers.core.voucher.domain.AttemptLimit(1,
        Duration.ofMinutes(15));
    storage.codeAttempts().count(key, t0, limit);
    storage.codeAttempts().count(key, t0, limit);
    storage.codeAttempts().forgive(key, t0);
    storage.codeAttempts().window(key);
    storage.codeAttempts().sweep(t0.plus(Duration.ofDays(1)), 10);
    // G-3: idempotency keys: a use, a repeated use (the stored row read), the sweep
    var use = new dev.vouchers.core.programme.port.out.IdempotentRequest(
        dev.vouchers.core.kernel.IdempotencyKey.sha256("scope"),
        dev.vouchers.core.kernel.IdempotencyKey.of("key").digest(),
        dev.vouchers.core.kernel.IdempotencyKey.sha256("request"), t0);
    storage.idempotencyKeys().once(use, () -> io.vavr.control.Either.right("id"), id -> id);
    storage.idempotencyKeys().once(use, () -> io.vavr.control.Either.right("id"), id -> id);
    storage.idempotencyKeys().sweep(t0.plus(Duration.ofDays(2)), 10);

    Order order = ContractData.order(A, t0, "ssl-dv", 3);
    List<Voucher> vouchers = ContractData.vouchersFor(order);
    storage.vouchers().insertOrder(order, vouchers);
    storage.vouchers().insertOrder(ContractData.order(A, t0, "ssl-dv", 1),
        List.of(vouchers.get(0).withId(dev.vouchers.core.kernel.VoucherId.of("clash-1"))));
    storage.vouchers().order(order.id());
    storage.vouchers().orderByNumber(order.number()); // M-4: the unique number
    // M-4: the numbers of a page's orders, by their primary key
    storage.vouchers().orderNumbers(Set.of(order.id(), new dev.vouchers.core.kernel.OrderId("x")));
    // M-3: support search, of a partner and of every partner (ExplainSearchTest for the order)
    for (Optional<PartnerId> scope : List.of(Optional.of(A), Optional.<PartnerId>empty())) {
      for (VoucherSearch.Field field : VoucherSearch.Field.values()) {
        VoucherSearch search = new VoucherSearch(field, "0000", scope);
        JdbcVouchers searches = (JdbcVouchers) storage.vouchers();
        if (field.ofOrder()) {
          searches.ordersMatching(search, Optional.of(new dev.vouchers.core.kernel.Cursor(t0,
              "x")), 5);
          searches.vouchersOfOrdersMatching(search);
        } else {
          searches.vouchersMatching(search, PageRequest.first(5));
        }
      }
    }
    storage.vouchers().voucher(vouchers.get(0).id());
    storage.vouchers().voucherByCode(vouchers.get(0).code().digest());
    storage.vouchers().vouchersOf(order.id(), Optional.empty(), 2); // O-3: a page of an order
    storage.vouchers().tally(order.id(), t0); // V-6, O-3: the order's aggregate
    storage.vouchers().forEachCodeOf(order.id(), v -> { });
    Voucher first = vouchers.get(0);
    Voucher moved = first.withStatus(VoucherStatus.ASSIGNED).withVersion(1);
    storage.vouchers().update(new VoucherUpdate(first, moved,
        Optional.of(ContractData.entry(first, VoucherStatus.ASSIGNED, t0)), List.of(
            new ActivationMessage(MessageId.of("m-1"), first.id(), A, "A",
                new EmailAddress("x@example.com"), "hi", first.code(),
                URI.create("https://shop.example/redeem"), "SSL", first.expiresAt(),
                Locale.ENGLISH, t0))));
    storage.vouchers().update(VoucherUpdate.quiet(moved, moved.comment("c")));
    storage.vouchers().history(first.id());
    storage.vouchers().expireDue(t0, new dev.vouchers.core.kernel.Actor.Service("sweep"), 10);
    storage.vouchers().codeCount();
    // M-2: a batch of an order's expiry extension (select held, one update, history rows)
    storage.vouchers().extendExpiry(order.id(), new dev.vouchers.core.voucher.domain
        .ExpiryExtension(first.expiresAt().plusSeconds(60), new dev.vouchers.core.kernel
        .Actor.Service("explain"), "goodwill", t0), Optional.empty(), 2);
    PageRequest second = PageRequest.after(1, storage.vouchers()
        .orders(OrderFilter.all(A), PageRequest.first(1)).next().orElse("x"));
    storage.vouchers().orders(new OrderFilter(A, Set.of(OrderStatus.OPEN),
        Optional.of(new ProductId("ssl-dv"))), second);
    storage.vouchers().vouchers(new VoucherFilter(A, Set.of(VoucherStatus.EXPIRED,
        VoucherStatus.VALID, VoucherStatus.REDEEMED), Optional.of(new ProductId("ssl-dv")),
        Optional.of(order.id()), t0), PageRequest.after(1, new dev.vouchers.core.kernel.Cursor(
            t0, "x").encode()));
    // V-6: the set-based cancellation (the order, then every voucher with its history row)
    storage.vouchers().cancel(new OrderCancellation(order, order.cancelled(t0),
        order.voucherCount(), new dev.vouchers.core.kernel.Actor.Service("explain"), "test",
        order.total()));
    Outbox.Entry<ActivationMessage> claimed =
        storage.outbox().claim(5, t0, Duration.ofMinutes(1)).get(0);
    storage.outbox().failed(claimed, t0, "smtp down");
    storage.outbox().delivered(claimed, t0);
    storage.outbox().dropped(claimed, t0);
    storage.outbox().parked(claimed, t0, "550 mailbox unavailable");
    storage.outbox().backlog();
    storage.outbox().parkedCount();
    storage.outbox().oldestUndelivered();
    // after the cancellation: the statement runs, and finds nothing to redeem
    storage.vouchers().redeem(vouchers.get(1).code().digest(),
        new dev.vouchers.core.kernel.Actor.CodeHolder("c"), t0);
    ResellerStatements.exercise(storage, t0); // reseller programme
    exerciseSubscriptions(storage, t0);
  }

  /** U-1..U-5: offers and subscriptions, every query of their ports. */
  private static void exerciseSubscriptions(JdbcStorage storage, Instant t0) {
    storage.offers().save(SubscriptionData.offer("crm"));
    storage.offers().offer(OfferId.of("crm"));
    storage.offers().offers();
    SubscriptionPurchase purchase = SubscriptionData.purchase(A, "c-1", t0,
        SubscriptionTerm.MONTHLY, true);
    storage.subscriptions().insert(purchase);
    storage.subscriptions().subscription(purchase.subscription().id());
    storage.subscriptions().update(SubscriptionData.activation(purchase.subscription(), t0));
    storage.subscriptions().history(purchase.subscription().id());
    // U-4, L-2: the term-end sweep, with the subscription due (its selection and its write)
    storage.subscriptions().settleDue(t0.plus(Duration.ofDays(40)), 10);
    storage.subscriptions().subscriptions(SubscriptionFilter.all(A, t0), PageRequest.first(1));
    storage.subscriptions().subscriptions(new SubscriptionFilter(A,
        Optional.of(CustomerId.of("c-1")), EnumSet.allOf(SubscriptionStatus.class), t0),
        PageRequest.after(1, new dev.vouchers.core.kernel.Cursor(t0, "x").encode()));
  }

  /** EXPLAIN (GENERIC_PLAN) of a statement with its JDBC '?' turned into $n parameters. */
  static String explain(DataSource dataSource, String sql) throws SQLException {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++n);
      } else {
        numbered.append(c);
      }
    }
    List<String> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try (ResultSet rows = s.executeQuery("EXPLAIN (GENERIC_PLAN) " + numbered)) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
    }
    return String.join("\n", lines);
  }

  /** A data source whose connections record the SQL of every statement they prepare. */
  static DataSource recording(DataSource real, Set<String> statements) {
    return (DataSource) Proxy.newProxyInstance(ExplainTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(ExplainTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> {
                  if (m.getName().equals("prepareStatement")) {
                    statements.add(((String) a[0]).strip());
                  }
                  if (m.getName().equals("unwrap")) {
                    return connection.unwrap((Class<?>) a[0]);
                  }
                  return invoke(connection, m, a);
                });
          }
          return result;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
