// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.quickstart;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.jdbc.JdbcSchema;
import dev.vouchers.jdbc.JdbcStorage;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The quickstart: sets up the in-memory adapter and a price book for the four default tiers,
 * orders vouchers for a GOLD partner, prints the order with prices, exports CSV, sends an
 * activation link, redeems one code, shows a refused cancellation with its reasons, moves the
 * clock past expiry and prints the history.
 */
public final class Quickstart {
  private static final ProductId SSL = new ProductId("ssl-dv");
  private static final ProductId ORG = new ProductId("org-cert");

  /** Where the tour keeps its H2 file database unless {@code -Dvouchers.db=...} says otherwise. */
  static final String DEFAULT_DATABASE =
      "jdbc:h2:file:./target/quickstart/vouchers;WRITE_DELAY=0"; // L-3: durable commits

  private final PrintStream out;
  private final DataSource dataSource;

  Quickstart(PrintStream out, DataSource dataSource) {
    this.out = out;
    this.dataSource = dataSource;
  }

  /** Runs the tour on standard output, over an embedded H2 file database. */
  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(System.getProperty("vouchers.db", DEFAULT_DATABASE));
    new Quickstart(new PrintStream(System.out, true, StandardCharsets.UTF_8), h2).run();
  }

  void run() {
    // 1. Storage, clock, keys and settings. The JDBC adapter creates its tables on request
    // (or use the shipped SQL from Flyway); a real shop uses Clock.systemUTC().
    JdbcSchema.initialize(dataSource);
    JdbcStorage store = JdbcStorage.builder(dataSource).build();
    TourClock clock = new TourClock(Instant.parse("2026-11-21T09:00:00Z"));
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog())
        .mandates(store.mandates())
        // C-5: the store keeps keyed digests and sealed codes, never the codes themselves.
        // A real shop loads both keys from its secret store; these are for the demo only.
        .codeVault(CodeVault.retrievable(demoKey("lookup"), demoKey("encryption")))
        // G-1: failed code attempts are counted per caller key in the database
        .codeAttempts(store.codeAttempts())
        .build();

    // 2. The vendor sets up products, prices for the four default tiers and a GOLD partner.
    Actor manager = Actor.VendorStaff.of(new UserId("petra"), StaffRole.PARTNER_MANAGER);
    ProductConfiguration sslOneYear = ProductConfiguration.of(SSL, 1, 1, 0);
    ProductConfiguration orgOneYear = ProductConfiguration.of(ORG, 1, 0, 0);
    ok(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder()
        .id(SSL).name("SSL DV").kind(ProductKind.SSL_DV).addValidityYears(1, 2)
        .minFqdns(1).maxFqdns(1).domainValidated(true).build())));
    ok(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder()
        .id(ORG).name("Organisation certificate").kind(ProductKind.ORGANISATION_CERTIFICATE)
        .addValidityYears(1).organisationActivation(true).requiresMandate(true).build())));
    ok(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF")
            .listPrice(sslOneYear, Money.of("59.00", "CHF"))
            .listPrice(orgOneYear, Money.of("249.00", "CHF"))
            .tierDiscount(Tier.SILVER, new BigDecimal("10"))
            .tierDiscount(Tier.GOLD, new BigDecimal("20"))
            .tierPrice(Tier.GOLD, sslOneYear, Money.of("39.90", "CHF"))
            .tierDiscount(Tier.PLATINUM, new BigDecimal("30"))
            .build())));
    PartnerId alpine = new PartnerId("alpine-hosting");
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(alpine, "Alpine Hosting AG", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.GERMAN))));
    Actor anna = new Actor.PartnerUser(new UserId("anna"), alpine, PartnerRole.ADMIN);

    // 3. The partner orders vouchers: unit prices are resolved at its tier and frozen (T-4).
    Order order = ok(programme.ordering().orderVouchers().order(
        new dev.vouchers.core.ordering.port.in.OrderVouchers
        .Command(anna, alpine, new OrderRequest(Optional.of("Bäckerei Müller"),
            Optional.of("Invoice 2026-118"), "invoice", List.of(
                new OrderRequest.Line("ssl-dv", 1, 1, 0, 3),
                new OrderRequest.Line("org-cert", 1, 0, 0, 1)))))).order();
    heading("Order " + order.id() + " for " + order.customerName().orElse("-"));
    for (OrderLine line : order.lines()) {
      out.printf("  %-26s x%-3d unit %-12s line %-12s (%s)%n", line.productName(),
          line.quantity(), line.unitPrice(), line.lineTotal(), line.price().source());
    }
    out.println("  total " + order.total());

    // 4. Codes as CSV (S-1).
    heading("CSV export");
    StringWriter csv = new StringWriter();
    ok(programme.ordering().exportOrderCodes().export(new ExportOrderCodes.Command(anna, order.id(),
        new PrintWriter(csv))));
    out.print(csv);

    // 5. Send an activation link (S-2): the e-mail waits in the outbox for a relay.
    OrderDetails details = ok(programme.ordering().getOrder().get(new GetOrder.Command(anna,
        order.id())));
    VoucherView first = details.vouchers().items().get(0);
    VoucherView second = details.vouchers().items().get(1);
    ok(programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(anna,
        first.id(),
        "it@baeckerei-mueller.ch", "Ihr Zertifikat für den Webshop")));
    // A relay delivers it (a real shop schedules relayOnce() and sends e-mail here).
    heading("Outbox<ActivationMessage>");
    MessageRelay<ActivationMessage> relay = new MessageRelay<>(store.outbox(),
        (message, link) -> out.println("  to " + message.recipient() + ": " + link),
        programme.activationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(1), 10);
    relay.relayOnce();

    // 6. The customer redeems a code as typed (C-4: case, spaces and o/0 don't matter); the
    // shop names the caller (here by address) whose failed attempts are limited (G-1).
    String typed = second.code().toLowerCase(Locale.ROOT).replace('-', ' ');
    VoucherView redeemed = ok(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("web customer"),
        VoucherRef.code(typed, CallerKey.of("ip:198.51.100.7")))));
    heading("Redeemed " + redeemed.code() + " -> " + redeemed.status());

    // 7. May the order still be cancelled? (V-6) It may not, and every reason is given.
    CancellationVerdict verdict = ok(programme.ordering().checkCancellation().check(
        new CheckCancellation.Command(anna, order.id())));
    heading("Cancel? " + (verdict.allowed() ? "yes, until " + verdict.until().orElseThrow() : "no"));
    Either<Refusal, ?> cancel = programme.ordering().cancelOrder().cancel(
        new CancelOrder.Command(anna, order.id(), "customer changed their mind"));
    for (Reason reason : cancel.getLeft().reasons()) {
      out.println("  refused: " + reason);
    }

    // 8. A year and a day later the unused vouchers expire (V-4).
    clock.advance(Duration.ofDays(366));
    int expired = ok(programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(
        new Actor.Service("scheduler"), 1000)));
    heading("After " + clock.instant() + ": " + expired + " voucher(s) expired");
    // the order's first page of vouchers (GetOrder pages them, L-2) and its counts per status
    OrderDetails later = ok(programme.ordering().getOrder().get(new GetOrder.Command(anna,
        order.id())));
    for (VoucherView view : later.vouchers().items()) {
      out.println("  " + view.code() + "  " + view.status());
    }
    out.println("  " + later.counts().counts());

    // 9. Every move is in the history (V-2).
    for (VoucherView view : List.of(first, second)) {
      heading("History of " + view.code());
      for (HistoryEntry entry : ok(programme.vouchers().getVoucher().get(
          new GetVoucher.Command(anna, view.id()))).history()) {
        out.printf("  %s  %-8s -> %-8s by %s: %s%n", entry.at(), entry.from(), entry.to(),
            entry.by(), entry.why());
      }
    }
  }

  /**
   * The tour's clock: it stands still until the tour moves it forward, so that step 8 can
   * show expiry a year later. A real shop passes {@code Clock.systemUTC()} instead.
   */
  static final class TourClock extends Clock {
    private volatile Instant now;

    TourClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the tour's clock is in UTC");
    }
  }

  private void heading(String text) {
    out.println();
    out.println("== " + text);
  }

  private static <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("refused: " + result.getLeft());
    }
    return result.get();
  }

  /** A fixed 256-bit demo key (SHA-256 of its name); never do this in a real shop. */
  private static byte[] demoKey(String name) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("vouchers quickstart " + name).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
