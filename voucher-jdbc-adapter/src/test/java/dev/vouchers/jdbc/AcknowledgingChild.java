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
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * L-3: the process {@link AcknowledgedWritesSurviveKillTest} kills. It opens the library on the
 * database named by its first argument (an H2 file or a PostgreSQL URL) through a pool of four
 * connections, seeds a partner and a product, then writes until it is killed: an order of two
 * vouchers, an activation link for the first (an e-mail in the outbox; no relay runs here), a
 * redemption of the second. Each write is acknowledged on standard output, flushed, the moment its
 * use case returned: {@code ACK ORDER <order id>}, {@code ACK ASSIGNED <voucher id>},
 * {@code ACK REDEEMED <voucher id>}.
 */
final class AcknowledgingChild {
  static final PartnerId PARTNER = new PartnerId("kill-partner");
  static final ProductId PRODUCT = new ProductId("ssl-dv");
  /** Printed once the seed is in, before the first write that counts. */
  static final String READY = "READY";

  private AcknowledgingChild() {}

  public static void main(String[] args) {
    String url = args[0];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // pooled, as a shop runs it: the H2 file stays open between transactions (closing its last
    // connection would close and flush the database after every write), and a PostgreSQL write
    // does not wait for a new server process (ADR 0062)
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(dataSource(url));
    pool.setMaximumPoolSize(4);
    DataSource dataSource = new HikariDataSource(pool);
    JdbcSchema.initialize(dataSource);
    // a second argument "allow-write-delay" runs it on a delayed H2 file, to see what L-3 prevents
    JdbcStorage storage = JdbcStorage.builder(dataSource)
        .allowWriteDelay(args.length > 1 && args[1].equals("allow-write-delay")).build();
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(Clock.systemUTC())
        .vouchers(storage.vouchers()).partners(storage.partners())
        .catalog(storage.catalog()).mandates(storage.mandates())
        .codeVault(CodeVault.withRandomKeys())
        .build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Kill Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
    Actor agent =
        new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
    Actor customer = new Actor.CodeHolder("customer");
    out.println(READY);
    for (int i = 0; ; i++) {
      PlacedOrder placed = require(programme.ordering().orderVouchers().order(
          new OrderVouchers.Command(
          agent, PARTNER, new OrderRequest(Optional.of("Customer " + i), Optional.empty(),
              "invoice", List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, 2))))));
      out.println("ACK ORDER " + placed.order().id().value());
      require(programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(agent,
          placed.voucher(0), "customer" + i + "@example.com", "Enjoy")));
      out.println("ACK ASSIGNED " + placed.voucher(0).value());
      String code = programme.settings().codeFormat().format(placed.codes().get(1));
      require(programme.vouchers().markRedeemed().redeem(
          new MarkRedeemed.Command(customer, VoucherRef.code(code, CallerKey.of("test")))));
      out.println("ACK REDEEMED " + placed.voucher(1).value());
    }
  }

  static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return h2;
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    return postgres;
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("refused: " + result.getLeft());
    }
    return result.get();
  }
}
