// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

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
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.jdbc.JdbcStorage;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The library as a webshop uses it: a {@link VoucherProgramme} over the JDBC adapter of a {@link
 * BenchDatabase}, with one partner (voucher feature on), one product and a published price book.
 * Codes are kept retrievable under fixed keys ({@link #LOOKUP_KEY}, {@link #ENCRYPTION_KEY}), so
 * that a baseline can compute the same digests and open the same sealed codes with plain JDK
 * cryptography.
 */
public final class BenchProgramme {

  /** The partner that orders. */
  public static final PartnerId PARTNER = new PartnerId("bench-partner");

  /** The product ordered. */
  public static final ProductId PRODUCT = new ProductId("ssl-dv");

  /** The product's name. */
  public static final String PRODUCT_NAME = "SSL DV";

  /** The redemption page. */
  public static final URI REDEMPTION_PAGE = URI.create("https://shop.example/redeem");

  /** The HMAC key codes are looked up by (32 bytes). */
  static final byte[] LOOKUP_KEY = key(32, 1);

  /** The AES key codes are sealed with (32 bytes). */
  static final byte[] ENCRYPTION_KEY = key(32, 101);

  /** A user of the partner: orders and exports. */
  public static final Actor PARTNER_USER =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);

  /** A customer with a code in hand: redeems (Access.canRedeem). */
  public static final Actor CUSTOMER = new Actor.CodeHolder("customer@example.com");

  /** Registers partners, defines the product, publishes the price book. */
  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  private final VoucherProgramme programme;
  private final JdbcStorage storage;
  private final CodeVault vault;
  private final OrderLimits limits;

  /**
   * Builds the programme over the database and registers partner, product and price book.
   *
   * @param database the database (schema created)
   * @param limits the order limits (O-2)
   */
  public BenchProgramme(BenchDatabase database, OrderLimits limits) {
    this(database, limits, Clock.systemUTC());
  }

  /**
   * Builds the programme over the database with a clock of its own (e.g. one set in the past,
   * to place orders that are due for expiry now), and registers partner, product and price book
   * unless they are there.
   *
   * @param database the database (schema created)
   * @param limits the order limits (O-2)
   * @param clock the programme's clock
   */
  public BenchProgramme(BenchDatabase database, OrderLimits limits, Clock clock) {
    this.storage = database.storage();
    this.vault = vault();
    this.limits = limits;
    this.programme =
        VoucherProgramme.builder()
            .settings(
                ProgrammeSettings.builder()
                    .redemptionBaseUrl(REDEMPTION_PAGE)
                    .orderLimits(limits)
                    .build())
            .clock(clock)
            .vouchers(storage.vouchers())
            .partners(storage.partners())
            .catalog(storage.catalog())
            .mandates(storage.mandates())
            .codeVault(vault)
            .build();
    if (storage.partners().partner(PARTNER).isEmpty()) {
      register();
    }
  }

  /**
   * The vault of every benchmark programme: retrievable codes under the fixed keys.
   *
   * @return a new vault
   */
  public static CodeVault vault() {
    return CodeVault.retrievable(LOOKUP_KEY, ENCRYPTION_KEY);
  }

  /**
   * Registers another partner with the voucher feature (the product and price book are shared),
   * unless it is registered.
   *
   * @param partner the partner's id
   */
  public void registerPartner(PartnerId partner) {
    if (storage.partners().partner(partner).isPresent()) {
      return;
    }
    require(
        programme
            .partners().registerPartner()
            .register(
                new RegisterPartner.Command(
                    MANAGER,
                    new Partner(
                        partner,
                        "Partner " + partner.value(),
                        Tier.GOLD,
                        Set.of(Feature.VOUCHERS),
                        Locale.ENGLISH))));
  }

  /**
   * An agent of a partner: orders, manages and exports that partner's vouchers.
   *
   * @param partner the partner
   * @return the principal
   */
  public static Actor agentOf(PartnerId partner) {
    return partner.equals(PARTNER)
        ? PARTNER_USER
        : new Actor.PartnerUser(new UserId("agent"), partner, PartnerRole.ADMIN_AGENT);
  }

  /**
   * The command for an order of a partner in {@code lines} lines of {@code perLine} vouchers of
   * the product, placed by the partner's agent.
   *
   * @param partner the ordering partner (registered)
   * @param lines the number of lines, within the order limits
   * @param perLine vouchers per line, within the order limits
   * @return the command
   */
  public OrderVouchers.Command orderCommand(PartnerId partner, int lines, int perLine) {
    List<OrderRequest.Line> all = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      all.add(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, perLine));
    }
    return new OrderVouchers.Command(
        agentOf(partner),
        partner,
        new OrderRequest(Optional.of("Customer"), Optional.of("INV-42"), "invoice", all));
  }

  /**
   * Places an order through the library.
   *
   * @param command the order
   * @return the placed order with its codes
   * @throws IllegalStateException if the library refuses the order
   */
  public PlacedOrder order(OrderVouchers.Command command) {
    return require(programme.ordering().orderVouchers().order(command));
  }

  private void register() {
    Actor manager = MANAGER;
    ProductConfiguration configuration = ProductConfiguration.of(PRODUCT, 1, 1, 0);
    require(
        programme
            .partners().registerPartner()
            .register(
                new RegisterPartner.Command(
                    manager,
                    new Partner(
                        PARTNER, "Bench Partner", Tier.GOLD, Set.of(Feature.VOUCHERS), Locale.ENGLISH))));
    require(
        programme
            .catalog().defineProduct()
            .define(
                new DefineProduct.Command(
                    manager,
                    Product.builder()
                        .id(PRODUCT)
                        .name(PRODUCT_NAME)
                        .kind(ProductKind.SSL_DV)
                        .addValidityYears(1)
                        .minFqdns(1)
                        .maxFqdns(1)
                        .build())));
    require(
        programme
            .catalog().publishPriceBook()
            .publish(
                new PublishPriceBook.Command(
                    manager,
                    PriceBook.builder("CHF")
                        .listPrice(configuration, Money.of("50.00", "CHF"))
                        .build())));
  }

  /**
   * Returns the programme.
   *
   * @return the use cases
   */
  public VoucherProgramme programme() {
    return programme;
  }

  /**
   * Returns the programme's code vault.
   *
   * @return the vault
   */
  public CodeVault codeVault() {
    return vault;
  }

  /**
   * The command for an order of {@code quantity} vouchers of the product, in as few lines as the
   * order limits allow.
   *
   * @param quantity the number of vouchers
   * @return the command
   */
  public OrderVouchers.Command orderCommand(int quantity) {
    List<OrderRequest.Line> lines = new ArrayList<>();
    int perLine = limits.maxQuantity();
    for (int left = quantity; left > 0; left -= perLine) {
      lines.add(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, Math.min(left, perLine)));
    }
    return new OrderVouchers.Command(
        PARTNER_USER,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.of("INV-42"), "invoice", lines));
  }

  /**
   * Places an order through the library.
   *
   * @param quantity the number of vouchers, within the order limits
   * @return the placed order with its codes
   * @throws IllegalStateException if the library refuses the order
   */
  public PlacedOrder order(int quantity) {
    return require(programme.ordering().orderVouchers().order(orderCommand(quantity)));
  }

  /**
   * Issues {@code count} vouchers through the library (several orders if the limits require)
   * and returns their codes as a customer types them (display form, with hyphens).
   *
   * @param count the number of vouchers
   * @return the typed codes
   */
  public String[] issue(int count) {
    String[] typed = new String[count];
    int perOrder = limits.maxQuantity() * limits.maxLines();
    int filled = 0;
    while (filled < count) {
      PlacedOrder placed = order(Math.min(perOrder, count - filled));
      for (VoucherCode code : placed.codes()) {
        typed[filled++] = programme.settings().codeFormat().format(code);
      }
    }
    return typed;
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the library refused: " + result.getLeft());
    }
    return result.get();
  }

  private static byte[] key(int length, int seed) {
    byte[] key = new byte[length];
    for (int i = 0; i < length; i++) {
      key[i] = (byte) (seed + 7 * i);
    }
    return key;
  }
}
