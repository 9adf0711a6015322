// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring.readme;

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
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

@Service
public class VoucherShop {
  static final ProductId SSL = new ProductId("ssl-dv");
  static final PartnerId ALPINE = new PartnerId("alpine-hosting");

  private final DefineProduct defineProduct;
  private final PublishPriceBook publishPriceBook;
  private final RegisterPartner registerPartner;
  private final OrderVouchers orderVouchers;
  private final SendActivationLink sendActivationLink;
  private final MarkRedeemed markRedeemed;
  private final VoucherProgramme programme;

  public VoucherShop(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
      RegisterPartner registerPartner, OrderVouchers orderVouchers,
      SendActivationLink sendActivationLink, MarkRedeemed markRedeemed,
      VoucherProgramme programme) {
    this.defineProduct = defineProduct;
    this.publishPriceBook = publishPriceBook;
    this.registerPartner = registerPartner;
    this.orderVouchers = orderVouchers;
    this.sendActivationLink = sendActivationLink;
    this.markRedeemed = markRedeemed;
    this.programme = programme;
  }

  /** Once: the vendor's staff define a product, publish its price, register a partner. */
  public Either<Refusal, Partner> setUp() {
    Actor petra = Actor.VendorStaff.of(new UserId("petra"), StaffRole.PARTNER_MANAGER);
    ProductConfiguration sslOneYear = ProductConfiguration.of(SSL, 1, 1, 0);
    return defineProduct.define(new DefineProduct.Command(petra, Product.builder()
            .id(SSL).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build()))
        .flatMap(product -> publishPriceBook.publish(new PublishPriceBook.Command(petra,
            PriceBook.builder("CHF").listPrice(sslOneYear, Money.of("59.00", "CHF")).build())))
        .flatMap(prices -> registerPartner.register(new RegisterPartner.Command(petra,
            new Partner(ALPINE, "Alpine Hosting AG", Tier.GOLD, Set.of(Feature.VOUCHERS),
                Locale.GERMAN))));
  }

  /** A partner's user orders five vouchers and e-mails the first one's activation link. */
  public Either<Refusal, PlacedOrder> orderAndSend(String recipient) {
    Actor anna = new Actor.PartnerUser(new UserId("anna"), ALPINE, PartnerRole.ADMIN);
    return orderVouchers.order(new OrderVouchers.Command(anna, ALPINE, new OrderRequest(
            Optional.of("Bäckerei Müller"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line("ssl-dv", 1, 1, 0, 5)))))
        .flatMap(placed -> sendActivationLink.send(new SendActivationLink.Command(anna,
                placed.voucher(0), recipient, "Ihr Zertifikat"))
            .map(sent -> placed));
  }

  /** A code as the end customer reads it, e.g. in the activation e-mail. */
  public String shown(PlacedOrder placed, int index) {
    return programme.settings().codeFormat().format(placed.codes().get(index));
  }

  /**
   * The end customer redeems a code as typed on the redemption page; failed attempts count
   * per client address (G-1).
   */
  public Either<Refusal, VoucherView> redeem(String typed, String clientAddress) {
    return markRedeemed.redeem(new MarkRedeemed.Command(
        new Actor.CodeHolder("redemption page"),
        VoucherRef.code(typed, CallerKey.of("ip:" + clientAddress))));
  }
}
