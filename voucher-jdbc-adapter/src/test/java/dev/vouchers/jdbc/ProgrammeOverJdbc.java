// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The whole library over the JDBC adapter on one test database: a {@link VoucherProgramme}
 * over {@link JdbcStorage}, with one partner (voucher feature on), one product and a
 * published price book, so that a test can place orders and move vouchers through the use
 * cases as a webshop does. Tests that inspect tables use {@link #count} and
 * {@link #dataSource()}.
 *
 * <p>By default the data source is pooled (HikariCP, {@value #POOL_SIZE} connections), as an
 * application's would be: a new PostgreSQL connection per port call costs a process fork and
 * would make the races measure connection setup. {@link #close()} closes the pool.
 */
final class ProgrammeOverJdbc implements AutoCloseable {
  static final int POOL_SIZE = 16;
  static final PartnerId PARTNER = new PartnerId("race-partner");
  static final ProductId PRODUCT = new ProductId("ssl-dv");
  /** The largest quantity of one order line (O-2 default). */
  static final int MAX_LINE = 1_000;

  final Actor partnerUser =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  final Actor platform = new Actor.Service("certificate-platform");
  final Actor customer = new Actor.CodeHolder("customer@example.com");

  private final TestDatabase database;
  private final DataSource dataSource;
  private final Optional<HikariDataSource> pool;
  private final JdbcStorage storage;
  private final VoucherProgramme programme;
  private final AtomicLong lostWrites = new AtomicLong();
  private final AtomicLong orderInserts = new AtomicLong();

  private ProgrammeOverJdbc(TestDatabase database, UnaryOperator<DataSource> decorate,
      boolean pooled, CodeVault vault) {
    this(database, decorate, pooled ? POOL_SIZE : 0, vault, OuterTransaction.none(),
        CodeRandomness.secure());
  }

  private ProgrammeOverJdbc(TestDatabase database, UnaryOperator<DataSource> decorate,
      int poolSize, CodeVault vault, OuterTransaction outer, CodeRandomness randomness) {
    this.database = database;
    DataSource fresh = decorate.apply(database.freshDataSource());
    this.pool = poolSize > 0 ? Optional.of(pool(fresh, poolSize)) : Optional.empty();
    this.dataSource = pool.<DataSource>map(p -> p).orElse(fresh);
    try {
      this.storage = database.storageOver(dataSource, outer);
      this.programme = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
          .clock(Clock.systemUTC())
          .vouchers(counting(storage.vouchers())).partners(storage.partners())
          .catalog(storage.catalog()).mandates(storage.mandates())
          .codeVault(vault)
          .randomness(randomness)
          .build();
      setUp();
    } catch (RuntimeException | Error e) {
      pool.ifPresent(HikariDataSource::close);
      throw e;
    }
  }

  /** The library over a fresh, pooled database with random code keys (retrievable codes). */
  static ProgrammeOverJdbc on(TestDatabase database) {
    return new ProgrammeOverJdbc(database, d -> d, true, CodeVault.withRandomKeys());
  }

  /** As {@link #on(TestDatabase)} with the given code vault (C-5: retrievable or shown once). */
  static ProgrammeOverJdbc on(TestDatabase database, CodeVault vault) {
    return new ProgrammeOverJdbc(database, d -> d, true, vault);
  }

  /**
   * The library over a fresh database whose data source is decorated (e.g. to cut
   * connections), without a pool: every port call gets a connection of the decorated source.
   */
  static ProgrammeOverJdbc unpooled(TestDatabase database, UnaryOperator<DataSource> decorate) {
    return new ProgrammeOverJdbc(database, decorate, false, CodeVault.withRandomKeys());
  }

  /** The library over a fresh database behind a pool of {@code size} connections. */
  static ProgrammeOverJdbc withPoolOf(TestDatabase database, int size) {
    return new ProgrammeOverJdbc(database, d -> d, size, CodeVault.withRandomKeys(),
        OuterTransaction.none(), CodeRandomness.secure());
  }

  /**
   * The library over a fresh, pooled database whose port calls join the application's
   * transaction {@code outer} when it has one open, drawing codes and ids from
   * {@code randomness}. The fixture's own setup runs before any such transaction is open.
   */
  static ProgrammeOverJdbc joining(TestDatabase database, OuterTransaction outer,
      CodeRandomness randomness) {
    return new ProgrammeOverJdbc(database, d -> d, POOL_SIZE, CodeVault.withRandomKeys(), outer,
        randomness);
  }

  private static HikariDataSource pool(DataSource dataSource, int size) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setMaximumPoolSize(size);
    // a call that needs a second connection while holding the only one fails fast
    config.setConnectionTimeout(5_000);
    config.setMinimumIdle(1);
    config.setPoolName("vouchers-test");
    return new HikariDataSource(config);
  }

  /** Counts the conditional writes that lost to a concurrent writer (V-7). */
  private Vouchers counting(Vouchers vouchers) {
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        new Class<?>[] {Vouchers.class}, (proxy, method, args) -> {
          Object result;
          if (method.getName().equals("insertOrder")) {
            orderInserts.incrementAndGet();
          }
          try {
            result = method.invoke(vouchers, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if ((method.getName().equals("update") || method.getName().equals("cancel"))
              && Boolean.FALSE.equals(result)) {
            lostWrites.incrementAndGet();
          }
          return result;
        });
  }

  private void setUp() {
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    ProductConfiguration configuration = ProductConfiguration.of(PRODUCT, 1, 1, 0);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Race Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(configuration, Money.of("50.00", "CHF")).build())));
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("fixture setup refused: " + result.getLeft());
    }
    return result.get();
  }

  TestDatabase database() {
    return database;
  }

  VoucherProgramme programme() {
    return programme;
  }

  JdbcStorage storage() {
    return storage;
  }

  /** The data source the adapter uses (the pool, when pooled). */
  DataSource dataSource() {
    return dataSource;
  }

  /** Conditional writes (voucher moves, order cancellations) that found the row changed. */
  long lostWrites() {
    return lostWrites.get();
  }

  /** Calls of {@code Vouchers.insertOrder}: one per order, and one more per code clash (C-1). */
  long orderInserts() {
    return orderInserts.get();
  }

  /** O-1, O-2: the command for an order of {@code quantity} vouchers, in lines of at most 1,000. */
  OrderVouchers.Command orderCommand(int quantity) {
    List<OrderRequest.Line> lines = new ArrayList<>();
    for (int left = quantity; left > 0; left -= MAX_LINE) {
      lines.add(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, Math.min(left, MAX_LINE)));
    }
    return new OrderVouchers.Command(partnerUser, PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.of("INV-42"), "invoice", lines));
  }

  /** Places an order through the library; fails the test if it is refused. */
  PlacedOrder place(int quantity) {
    return require(programme.ordering().orderVouchers().order(orderCommand(quantity)));
  }

  /** C-3: the code as shown to a customer, with hyphens. */
  String display(VoucherCode code) {
    return programme.settings().codeFormat().format(code);
  }

  /** V-1, V-7: marks the voucher of the code redeemed, acting as {@code who}. */
  Either<Refusal, VoucherView> redeem(VoucherCode code, Actor who) {
    return programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(who, VoucherRef.code(display(code), CallerKey.of("test"))));
  }

  /** V-6: the partner cancels the order. */
  Either<Refusal, OrderCancellation> cancel(OrderId order) {
    return programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(partnerUser, order, "customer changed their mind"));
  }

  /** S-2: the partner sends the activation link of a voucher. */
  Either<Refusal, VoucherView> sendActivationLink(VoucherId voucher, String recipient) {
    return programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
        partnerUser,
        voucher, recipient, "Enjoy your certificate"));
  }

  /** The single number a counting query returns. */
  long count(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }

  @Override
  public void close() {
    pool.ifPresent(HikariDataSource::close);
  }
}
