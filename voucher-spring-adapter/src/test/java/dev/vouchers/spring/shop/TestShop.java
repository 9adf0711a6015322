// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring.shop;

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
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** What a shop does through the use case beans: set up a partner, order, send links. */
public final class TestShop {
  public static final PartnerId PARTNER = new PartnerId("alpine-hosting");
  public static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("petra"), StaffRole.PARTNER_MANAGER);
  public static final Actor ANNA =
      new Actor.PartnerUser(new UserId("anna"), PARTNER, PartnerRole.ADMIN);
  private static final ProductId SSL = new ProductId("ssl-dv");

  /** Test keys (base64 of 32 bytes each); never use them outside tests. */
  public static final String LOOKUP_KEY = "bG9va3VwLWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGU=";
  public static final String ENCRYPTION_KEY = "ZW5jcnlwdGlvbi1rZXktZm9yLXRlc3RzLW9ubHktMzI=";

  /** The properties every test shop starts with. */
  public static List<String> properties() {
    return List.of(
        "vouchers.redemption-base-url=https://shop.example/redeem",
        "vouchers.codes.lookup-key=" + LOOKUP_KEY,
        "vouchers.codes.encryption-key=" + ENCRYPTION_KEY,
        "vouchers.jdbc.initialize-schema=true",
        "vouchers.outbox.poll-interval=100ms",
        "vouchers.sweeps.interval=100ms");
  }

  private final ApplicationContext context;

  public TestShop(ApplicationContext context) {
    this.context = context;
  }

  /** Product, price book and a GOLD partner, as the vendor sets them up. */
  public TestShop seed() {
    ok(context.getBean(DefineProduct.class).define(new DefineProduct.Command(MANAGER,
        Product.builder().id(SSL).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).domainValidated(true).build())));
    ok(context.getBean(PublishPriceBook.class).publish(new PublishPriceBook.Command(MANAGER,
        PriceBook.builder("CHF")
            .listPrice(ProductConfiguration.of(SSL, 1, 1, 0), Money.of("59.00", "CHF"))
            .build())));
    ok(context.getBean(RegisterPartner.class).register(new RegisterPartner.Command(MANAGER,
        new Partner(PARTNER, "Alpine Hosting AG", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.GERMAN))));
    return this;
  }

  /** Orders {@code quantity} one-year SSL vouchers for the partner. */
  public PlacedOrder order(int quantity) {
    return ok(context.getBean(OrderVouchers.class).order(new OrderVouchers.Command(ANNA, PARTNER,
        new OrderRequest(Optional.of("Bäckerei Müller"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line("ssl-dv", 1, 1, 0, quantity))))));
  }

  /** Sends the activation link of one voucher to a recipient. */
  public VoucherView send(PlacedOrder order, int index, String recipient) {
    return ok(context.getBean(SendActivationLink.class).send(new SendActivationLink.Command(
        ANNA, order.voucher(index), recipient, "Ihr Zertifikat")));
  }

  /** The right side, or a failed assumption naming the refusal. */
  public static <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new AssertionError("refused: " + result.getLeft());
    }
    return result.get();
  }
}
