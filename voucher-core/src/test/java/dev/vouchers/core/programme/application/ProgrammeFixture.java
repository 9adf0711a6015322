// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

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
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.FakeDomainProbe;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One programme over the in-memory adapter, with two partners, three products and a price
 * book, set up through the administration use cases. Time moves only through {@link #clock}.
 */
public final class ProgrammeFixture {

  public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  public static final URI REDEEM = URI.create("https://shop.example/redeem");

  public static final PartnerId ACME = new PartnerId("acme");
  public static final PartnerId BOLT = new PartnerId("bolt");
  public static final PartnerId DORMANT = new PartnerId("dormant");
  public static final PartnerId NOWHERE = new PartnerId("nowhere");

  public static final Actor.VendorStaff PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  public static final Actor.VendorStaff SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  public static final Actor.PartnerUser ALICE =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  public static final Actor.PartnerUser AGENT =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
  public static final Actor.PartnerUser BOB =
      new Actor.PartnerUser(new UserId("bob"), BOLT, PartnerRole.ADMIN);
  public static final Actor.PartnerUser DORA =
      new Actor.PartnerUser(new UserId("dora"), DORMANT, PartnerRole.ADMIN);
  public static final Actor.Service PLATFORM = new Actor.Service("cert-platform");
  public static final Actor.CodeHolder CUSTOMER = new Actor.CodeHolder("customer-session-1");

  public static final ProductId SMIME = new ProductId("smime");
  public static final ProductId SSL_DV = new ProductId("ssl-dv");
  public static final ProductId ORG_CERT = new ProductId("org-cert");

  public static final ProductConfiguration SMIME_1Y = ProductConfiguration.of(SMIME, 1, 0, 0);
  public static final ProductConfiguration SMIME_2Y = ProductConfiguration.of(SMIME, 2, 0, 0);
  public static final ProductConfiguration SSL_DV_1Y = ProductConfiguration.of(SSL_DV, 1, 1, 0);
  public static final ProductConfiguration ORG_CERT_1Y = ProductConfiguration.of(ORG_CERT, 1, 0, 0);

  public static final Product SMIME_PRODUCT = Product.builder().id(SMIME).name("S/MIME Basic")
      .kind(ProductKind.EMAIL_SMIME).addValidityYears(1, 2, 3).build();
  public static final Product SSL_DV_PRODUCT = Product.builder().id(SSL_DV).name("SSL DV")
      .kind(ProductKind.SSL_DV).addValidityYears(1, 2).minFqdns(1).maxFqdns(5)
      .maxWildcards(1).domainValidated(true).build();
  public static final Product ORG_CERT_PRODUCT = Product.builder().id(ORG_CERT)
      .name("Organisation Certificate").kind(ProductKind.ORGANISATION_CERTIFICATE)
      .addValidityYears(1).organisationActivation(true).requiresMandate(true).build();

  public static final Money CHF_50 = Money.of("50.00", "CHF");
  public static final Money CHF_90 = Money.of("90.00", "CHF");

  public static final PriceBook PRICES = PriceBook.builder("CHF")
      .listPrice(SMIME_1Y, CHF_50)
      .listPrice(SMIME_2Y, CHF_90)
      .listPrice(SSL_DV_1Y, Money.of("80.00", "CHF"))
      .listPrice(ORG_CERT_1Y, Money.of("300.00", "CHF"))
      .tierPrice(Tier.GOLD, SMIME_1Y, Money.of("40.00", "CHF"))
      .tierDiscount(Tier.SILVER, BigDecimal.TEN)
      .build();

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryStore store = new InMemoryStore();
  public final FakeDomainProbe probe = new FakeDomainProbe();
  public final CodeVault vault;
  public final Vouchers vouchers;
  public final VoucherProgramme programme;

  private ProgrammeFixture(
      UnaryOperator<ProgrammeSettings> settings, Function<Vouchers, Vouchers> vouchers,
      Optional<CodeRandomness> randomness, boolean publishPrices) {
    this(settings, vouchers, randomness, publishPrices, CodeVault.withRandomKeys(),
        ProgrammeEvents.none());
  }

  private ProgrammeFixture(
      UnaryOperator<ProgrammeSettings> settings, Function<Vouchers, Vouchers> vouchers,
      Optional<CodeRandomness> randomness, boolean publishPrices, CodeVault vault,
      ProgrammeEvents events) {
    this(settings, vouchers, randomness, publishPrices, vault, events, CodeAttempts.unlimited(),
        b -> b);
  }

  private ProgrammeFixture(
      UnaryOperator<ProgrammeSettings> settings, Function<Vouchers, Vouchers> vouchers,
      Optional<CodeRandomness> randomness, boolean publishPrices, CodeVault vault,
      ProgrammeEvents events, CodeAttempts attempts,
      UnaryOperator<ProgrammeBuilder> more) {
    this.vault = vault;
    this.vouchers = vouchers.apply(store.vouchers());
    ProgrammeBuilder builder = VoucherProgramme.builder()
        .settings(settings.apply(ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).build()))
        .clock(clock)
        .vouchers(this.vouchers).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .domainProbe(probe)
        .codeVault(vault)
        .events(events)
        .codeAttempts(attempts);
    if (randomness.isPresent()) {
      builder = builder.randomness(randomness.get());
    }
    this.programme = more.apply(builder).build();
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, new Partner(
        ACME, "Acme Reseller", Tier.ENTRY, Set.of(Feature.VOUCHERS), Locale.GERMAN))));
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(BOLT, "Bolt Trading", Tier.ENTRY))));
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, new Partner(
        DORMANT, "Dormant GmbH", Tier.ENTRY, Set.of(Feature.SUBSCRIPTIONS), Locale.ENGLISH))));
    for (Product product : List.of(SMIME_PRODUCT, SSL_DV_PRODUCT, ORG_CERT_PRODUCT)) {
      ok(programme.catalog().defineProduct().define(new DefineProduct.Command(PM, product)));
    }
    if (publishPrices) {
      ok(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(PM, PRICES)));
    }
  }

  public static ProgrammeFixture create() {
    return create(s -> s);
  }

  public static ProgrammeFixture create(UnaryOperator<ProgrammeSettings> settings) {
    return new ProgrammeFixture(settings, s -> s, Optional.empty(), true);
  }

  public static ProgrammeFixture withVouchers(Function<Vouchers, Vouchers> vouchers) {
    return new ProgrammeFixture(s -> s, vouchers, Optional.empty(), true);
  }

  public static ProgrammeFixture create(
      UnaryOperator<ProgrammeSettings> settings, Function<Vouchers, Vouchers> vouchers) {
    return new ProgrammeFixture(settings, vouchers, Optional.empty(), true);
  }

  public static ProgrammeFixture withRandomness(CodeRandomness randomness) {
    return new ProgrammeFixture(s -> s, s -> s, Optional.of(randomness), true);
  }

  /** C-5: a programme whose codes are kept as the vault says (e.g. shown once). */
  public static ProgrammeFixture withVault(CodeVault vault) {
    return new ProgrammeFixture(s -> s, s -> s, Optional.empty(), true, vault,
        ProgrammeEvents.none());
  }

  /** A programme that tells what it did to {@code events}, over the given voucher storage. */
  public static ProgrammeFixture withEvents(
      ProgrammeEvents events, Function<Vouchers, Vouchers> vouchers) {
    return new ProgrammeFixture(s -> s, vouchers, Optional.empty(), true,
        CodeVault.withRandomKeys(), events);
  }

  /** G-1: a programme counting code attempts in {@code attempts}, over the given storage. */
  public static ProgrammeFixture withAttempts(CodeAttempts attempts, ProgrammeEvents events,
      UnaryOperator<ProgrammeSettings> settings, Function<Vouchers, Vouchers> vouchers) {
    return new ProgrammeFixture(settings, vouchers, Optional.empty(), true,
        CodeVault.withRandomKeys(), events, attempts, b -> b);
  }

  /** G-3: a programme keeping idempotency keys in {@code keys}. */
  static ProgrammeFixture withIdempotencyKeys(
      dev.vouchers.core.programme.port.out.IdempotencyKeys keys) {
    return new ProgrammeFixture(s -> s, s -> s, Optional.empty(), true,
        CodeVault.withRandomKeys(), ProgrammeEvents.none(), CodeAttempts.unlimited(),
        b -> b.idempotencyKeys(keys));
  }

  public static ProgrammeFixture withoutPriceBook() {
    return new ProgrammeFixture(s -> s, s -> s, Optional.empty(), false);
  }

  // ------------------------------------------------------------------ orders

  public static OrderRequest.Line line(ProductConfiguration c, int quantity) {
    return new OrderRequest.Line(c.product().value(), c.validityYears(), c.fqdns(),
        c.wildcards(), quantity);
  }

  public static OrderRequest request(OrderRequest.Line... lines) {
    return new OrderRequest(Optional.of("Jane Customer"), Optional.of("INV-1"), "invoice",
        Arrays.asList(lines));
  }

  public Either<Refusal, Order> tryOrder(Actor by, PartnerId partner, OrderRequest request) {
    return tryPlace(by, partner, request).map(PlacedOrder::order);
  }

  public Either<Refusal, PlacedOrder> tryPlace(Actor by, PartnerId partner, OrderRequest request) {
    return programme.ordering().orderVouchers().order(new OrderVouchers.Command(by, partner,
        request));
  }

  /** An order Acme's admin places. */
  public Order order(OrderRequest.Line... lines) {
    return ok(tryOrder(ALICE, ACME, request(lines)));
  }

  /** The vouchers of an order as its owner sees them. */
  public List<VoucherView> vouchersOf(Order order) {
    return ok(programme.ordering().getOrder().get(new GetOrder.Command(ALICE, order.id(),
        PageRequest.first(PageRequest.MAX_SIZE)))).vouchers().items();
  }

  /** The only voucher of a one-unit order. */
  public VoucherView single(ProductConfiguration configuration) {
    List<VoucherView> views = vouchersOf(order(line(configuration, 1)));
    assertThat(views).hasSize(1);
    return views.get(0);
  }

  public VoucherDetails details(VoucherId id) {
    return ok(programme.vouchers().getVoucher().get(new GetVoucher.Command(ALICE, id)));
  }

  public VoucherView view(VoucherId id) {
    return details(id).voucher();
  }

  public Voucher stored(VoucherId id) {
    return store.vouchers().voucher(id).orElseThrow();
  }

  /** The stored voucher's code, opened with the programme's vault. */
  public VoucherCode code(VoucherId id) {
    return vault.open(stored(id).code()).orElseThrow();
  }

  /**
   * G-2: sends the voucher's activation link (as Alice) and answers the token of the link the
   * e-mail carries, read from the outbox as the relay would build it.
   */
  public String sendLink(VoucherId id, String recipient) {
    ok(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ALICE, id, recipient, "")));
    return linkTokenOf(id);
  }

  /** G-2: the link token of the newest e-mail in the outbox for the voucher. */
  public String linkTokenOf(VoucherId id) {
    List<Outbox.Entry<ActivationMessage>> claimed =
        store.outbox().claim(Integer.MAX_VALUE, clock.instant(), Duration.ofSeconds(1));
    ActivationMessage newest = claimed.stream().map(Outbox.Entry<ActivationMessage>::message)
        .filter(m -> m.voucher().equals(id)).reduce((first, second) -> second).orElseThrow();
    claimed.forEach(entry -> store.outbox().failed(entry, clock.instant(), "read by the test"));
    String query = programme.activationLinks().link(newest).getRawQuery();
    assertThat(query).startsWith("link=");
    return query.substring("link=".length());
  }

  public void advance(Duration by) {
    clock.advance(by);
  }

  // ------------------------------------------------------------------ results

  public static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("expected success but got %s",
        result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  public static Refusal refused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s",
        result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }
}
