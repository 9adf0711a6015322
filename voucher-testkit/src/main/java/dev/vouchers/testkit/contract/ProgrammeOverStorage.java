// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of contract suites that run use cases over the storage under test (M-2, M-4): a
 * programme built on {@link #storage} with two partners, one product and a price book.
 */
public abstract class ProgrammeOverStorage extends StorageContract {
  /** When the programme starts. */
  protected static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  /** The partner whose orders the suites place. */
  protected static final PartnerId PARTNER = new PartnerId("acme");
  /** Another partner, who must not see the first one's data. */
  protected static final PartnerId OTHER = new PartnerId("bolt");
  /** The product ordered. */
  protected static final ProductId PRODUCT = new ProductId("ssl-dv");
  /** The partner's agent. */
  protected static final Actor AGENT =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  /** The other partner's admin. */
  protected static final Actor OTHER_ADMIN =
      new Actor.PartnerUser(new UserId("rival"), OTHER, PartnerRole.ADMIN);
  /** The vendor's support staff. */
  protected static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  /** The vendor's partner manager. */
  protected static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  /** The programme's clock. */
  protected final MutableClock clock = new MutableClock(START);
  /** The programme over the storage under test. */
  protected VoucherProgramme programme;

  /**
   * A programme over the storage under test and its clock, with these settings and a vault of
   * random keys.
   *
   * @param settings the programme's settings
   * @return the programme
   */
  protected VoucherProgramme programmeWith(ProgrammeSettings settings) {
    return storage.programme(clock).settings(settings).build();
  }

  @BeforeEach
  final void buildProgramme() {
    programme = programmeWith(Storage.SHOP_SETTINGS);
    for (Partner partner : List.of(
        new Partner(PARTNER, "Acme", Tier.GOLD, Set.of(Feature.VOUCHERS), Locale.ENGLISH),
        new Partner(OTHER, "Bolt", Tier.GOLD, Set.of(Feature.VOUCHERS), Locale.ENGLISH))) {
      require(programme.partners().registerPartner().register(new RegisterPartner.Command(MANAGER,
          partner)));
    }
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(MANAGER,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
  }

  /** An order of the partner's agent with this many vouchers (lines of at most 1000, O-2). */
  protected PlacedOrder place(int quantity) {
    List<OrderRequest.Line> lines = new java.util.ArrayList<>();
    for (int left = quantity; left > 0; left -= 1_000) {
      lines.add(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, Math.min(left, 1_000)));
    }
    return require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(AGENT,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice", lines))));
  }

  /** The answer, which must not be a refusal. */
  protected static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  /** The refusal, which the answer must be. */
  protected static Refusal refusal(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("%s", result).isTrue();
    return result.getLeft();
  }
}
