// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Sets up the programme on first start, as the vendor's partner manager would: the product
 * catalogue (P-1, P-2), a price book in CHF with tier prices and discounts (T-2) and the demo
 * partners (T-1). A database that already has the partners is left as it is.
 */
public final class DemoSeeder implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

  /** SSL DV: domain-validated (D-1), one to five names, one wildcard at most. */
  public static final ProductId SSL_DV = new ProductId("ssl-dv");
  /** SSL Gold (EV): needs a mandate on file (D-2). */
  public static final ProductId SSL_GOLD = new ProductId("ssl-gold");
  /** S/MIME e-mail certificate: no checks, the simplest redemption. */
  public static final ProductId SMIME = new ProductId("smime");
  /** Organisation certificate: organisation activation (PENDING, P-2) and a mandate (D-2). */
  public static final ProductId ORG_CERT = new ProductId("org-cert");
  /** What every demo partner has enabled: vouchers (O-1) and sub-account invitations (I-1). */
  public static final Set<Feature> FEATURES =
      Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS, Feature.SUBSCRIPTIONS);

  private final DefineProduct defineProduct;
  private final PublishPriceBook publishPriceBook;
  private final RegisterPartner registerPartner;
  private final GetPartner getPartner;
  private final Actor manager;

  /**
   * The seeder.
   *
   * @param defineProduct P-1
   * @param publishPriceBook T-2
   * @param registerPartner T-1
   * @param getPartner to see whether the demo was seeded already
   * @param users the demo users (the partner manager seeds)
   */
  public DemoSeeder(DefineProduct defineProduct, PublishPriceBook publishPriceBook,
      RegisterPartner registerPartner, GetPartner getPartner, DemoUsers users) {
    this.defineProduct = defineProduct;
    this.publishPriceBook = publishPriceBook;
    this.registerPartner = registerPartner;
    this.getPartner = getPartner;
    this.manager = users.partnerManager().principal();
  }

  @Override
  public void run(ApplicationArguments args) {
    var first = getPartner.get(new GetPartner.Command(manager, DemoUsers.PARTNERS.get(0).id()));
    if (first.isRight()) {
      LOG.info("demo programme found in the database; not seeding");
      enableNewFeatures();
      return;
    }
    if (!first.getLeft().has(ReasonCode.NOT_FOUND)) {
      throw new IllegalStateException("cannot read the demo partners: " + first.getLeft());
    }
    for (Product product : products()) {
      ok(defineProduct.define(new DefineProduct.Command(manager, product)));
    }
    ok(publishPriceBook.publish(new PublishPriceBook.Command(manager, prices())));
    for (DemoUsers.DemoPartner partner : DemoUsers.PARTNERS) {
      ok(registerPartner.register(new RegisterPartner.Command(manager, new Partner(partner.id(),
          partner.name(), partner.tier(), FEATURES, partner.language()))));
    }
    LOG.info("demo programme seeded: {} products, {} partners", products().size(),
        DemoUsers.PARTNERS.size());
  }

  /**
   * A database seeded by an older sample lacks features the demo has gained since (I-1): the
   * partner manager enables them; name, tier and language stay as they are.
   */
  private void enableNewFeatures() {
    for (DemoUsers.DemoPartner demo : DemoUsers.PARTNERS) {
      getPartner.get(new GetPartner.Command(manager, demo.id())).forEach(details -> {
        Partner partner = details.partner();
        if (!partner.features().containsAll(FEATURES)) {
          Set<Feature> features = EnumSet.copyOf(FEATURES);
          features.addAll(partner.features());
          ok(registerPartner.register(new RegisterPartner.Command(manager, new Partner(
              partner.id(), partner.name(), partner.tier(), features, partner.language()))));
          LOG.info("demo partner {} now has {}", partner.id(), features);
        }
      });
    }
  }

  /** The catalogue. */
  static List<Product> products() {
    return List.of(
        Product.builder().id(SSL_DV).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1, 2).minFqdns(1).maxFqdns(5).maxWildcards(1)
            .domainValidated(true).build(),
        Product.builder().id(SSL_GOLD).name("SSL Gold (EV)").kind(ProductKind.SSL_EV)
            .addValidityYears(1, 2).minFqdns(1).maxFqdns(3).requiresMandate(true).build(),
        Product.builder().id(SMIME).name("S/MIME E-Mail").kind(ProductKind.EMAIL_SMIME)
            .addValidityYears(1, 2, 3).build(),
        Product.builder().id(ORG_CERT).name("Organisation Certificate")
            .kind(ProductKind.ORGANISATION_CERTIFICATE).addValidityYears(1, 3)
            .organisationActivation(true).requiresMandate(true).build());
  }

  /** List prices, and what each tier pays (T-2: tier price, else tier discount, else list). */
  static PriceBook prices() {
    return PriceBook.builder("CHF")
        .listPrice(ProductConfiguration.of(SSL_DV, 1, 1, 0), chf("59.00"))
        .listPrice(ProductConfiguration.of(SSL_DV, 2, 1, 0), chf("109.00"))
        .listPrice(ProductConfiguration.of(SSL_DV, 1, 3, 0), chf("149.00"))
        .listPrice(ProductConfiguration.of(SSL_DV, 1, 1, 1), chf("199.00"))
        .listPrice(ProductConfiguration.of(SSL_GOLD, 1, 1, 0), chf("399.00"))
        .listPrice(ProductConfiguration.of(SSL_GOLD, 2, 1, 0), chf("749.00"))
        .listPrice(ProductConfiguration.of(SMIME, 1, 0, 0), chf("29.00"))
        .listPrice(ProductConfiguration.of(SMIME, 2, 0, 0), chf("52.00"))
        .listPrice(ProductConfiguration.of(SMIME, 3, 0, 0), chf("72.00"))
        .listPrice(ProductConfiguration.of(ORG_CERT, 1, 0, 0), chf("290.00"))
        .listPrice(ProductConfiguration.of(ORG_CERT, 3, 0, 0), chf("790.00"))
        .tierDiscount(Tier.SILVER, new BigDecimal("10"))
        .tierDiscount(Tier.GOLD, new BigDecimal("20"))
        .tierPrice(Tier.GOLD, ProductConfiguration.of(SSL_DV, 1, 1, 0), chf("39.00"))
        .tierDiscount(Tier.PLATINUM, new BigDecimal("30"))
        .tierPrice(Tier.PLATINUM, ProductConfiguration.of(SSL_DV, 1, 1, 0), chf("35.00"))
        .tierPrice(Tier.PLATINUM, ProductConfiguration.of(SMIME, 1, 0, 0), chf("15.00"))
        .build();
  }

  private static Money chf(String amount) {
    return Money.of(amount, "CHF");
  }

  private static <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("seeding the demo was refused: " + result.getLeft());
    }
    return result.get();
  }
}
