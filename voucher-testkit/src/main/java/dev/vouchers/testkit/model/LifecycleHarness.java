// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.ContractData;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The system under test of the lifecycle property tests: the real application services over
 * a storage (in-memory by default, or any adapter's {@link Storage}), with a
 * {@link MutableClock}. It records whether the last command was accepted and reads its state
 * back as a {@link LifecycleModel}, checking the history invariants on the way.
 */
public final class LifecycleHarness {
  /** The partner every order is placed for. */
  public static final PartnerId PARTNER = new PartnerId("model-partner");
  private static final ProductId PLAIN = new ProductId("ssl-dv");
  private static final ProductId ORGANISATION = new ProductId("org-cert");

  private final Storage storage;
  private final MutableClock clock;
  private final VoucherProgramme programme;
  private final Actor partnerUser =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  private final Actor platform = new Actor.Service("certificate-platform");
  /** M-2: vendor support, who extends expiries. */
  private final Actor support = Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private final List<OrderId> orders = new CopyOnWriteArrayList<>();
  private final Map<OrderId, List<Voucher>> issued = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<VoucherId, VoucherCode> codes = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile boolean lastAccepted = true;

  private LifecycleHarness(Storage storage, Instant start) {
    this.storage = storage;
    this.clock = new MutableClock(start);
    this.programme = storage.programme(clock).build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    ProductConfiguration plain = ProductConfiguration.of(PLAIN, 1, 1, 0);
    ProductConfiguration organisation = ProductConfiguration.of(ORGANISATION, 1, 0, 0);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Model Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PLAIN).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(ORGANISATION).name("Organisation certificate")
            .kind(ProductKind.ORGANISATION_CERTIFICATE).addValidityYears(1)
            .organisationActivation(true).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(plain, Money.of("50.00", "CHF"))
            .listPrice(organisation, Money.of("300.00", "CHF")).build())));
  }

  /** A harness over the in-memory store. */
  public static LifecycleHarness inMemory(Instant start) {
    return new LifecycleHarness(Storage.of(new InMemoryStore()), start);
  }

  /** A harness over any storage (fresh and empty). */
  public static LifecycleHarness over(Supplier<Storage> storage, Instant start) {
    return new LifecycleHarness(storage.get(), start);
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("harness setup refused: " + result.getLeft());
    }
    return result.get();
  }

  private void record(Either<Refusal, ?> result) {
    lastAccepted = result.isRight();
  }

  private Optional<Voucher> voucher(int order, int voucher) {
    if (orders.isEmpty()) {
      return Optional.empty();
    }
    List<Voucher> of = issued.get(orders.get(Math.floorMod(order, orders.size())));
    return Optional.of(of.get(Math.floorMod(voucher, of.size())));
  }

  private String code(Voucher voucher) {
    // typed the way a customer might: lower case, spaces instead of hyphens (C-4)
    return programme.settings().codeFormat().format(codes.get(voucher.id())).toLowerCase(Locale.ROOT)
        .replace('-', ' ');
  }

  // ------------------------------------------------------------------------ commands

  /** Places an order of {@code quantity} vouchers. */
  public void place(int quantity, boolean organisationProduct) {
    ProductId product = organisationProduct ? ORGANISATION : PLAIN;
    int fqdns = organisationProduct ? 0 : 1;
    var result = programme.ordering().orderVouchers().order(new OrderVouchers.Command(partnerUser,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(product.value(), 1, fqdns, 0, quantity)))));
    record(result);
    if (result.isRight()) {
      PlacedOrder placed = result.get();
      for (int i = 0; i < placed.codes().size(); i++) {
        codes.put(placed.voucher(i), placed.codes().get(i));
      }
      issued.put(placed.order().id(), ContractData.vouchersOf(storage.vouchers(), placed.order().id()));
      orders.add(placed.order().id());
    }
  }

  /** Sends the activation link of a voucher (S-2). */
  public void send(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers().sendActivationLink()
        .send(
        new SendActivationLink.Command(partnerUser, v.id(), "customer@example.com", "Enjoy"))),
        () -> lastAccepted = false);
  }

  /** Withdraws the activation link. */
  public void withdraw(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers()
        .withdrawActivationLink()
        .withdraw(new WithdrawActivationLink.Command(partnerUser, v.id(), "wrong address"))),
        () -> lastAccepted = false);
  }

  /** Starts organisation activation, by code as the customer would. */
  public void startOrganisationActivation(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers()
        .startOrganisationActivation()
        .start(new StartOrganisationActivation.Command(new Actor.CodeHolder("customer"),
            VoucherRef.code(code(v), CallerKey.of("test"))))), () -> lastAccepted = false);
  }

  /** Submits the certificate request, by code. */
  public void submitRequest(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers()
        .submitCertificateRequest()
        .submit(new SubmitCertificateRequest.Command(new Actor.CodeHolder("customer"),
            VoucherRef.code(code(v), CallerKey.of("test")), "CSR-" + v.id().value(), Optional.empty()))),
        () -> lastAccepted = false);
  }

  /** Marks the voucher redeemed, by code. */
  public void redeem(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(new Actor.CodeHolder("customer"), VoucherRef.code(code(v), CallerKey.of("test"))))),
        () -> lastAccepted = false);
  }

  /** The certificate platform reports the certificate revoked (V-5). */
  public void revoke(int order, int voucher) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers()
        .reportCertificateRevoked()
        .report(new ReportCertificateRevoked.Command(platform, v.id()))),
        () -> lastAccepted = false);
  }

  /** The partner comments (V-8). */
  public void comment(int order, int voucher, String text) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers().commentOnVoucher()
        .comment(
        new CommentOnVoucher.Command(partnerUser, v.id(), text))), () -> lastAccepted = false);
  }

  /** The clock moves. */
  public void advance(Duration by) {
    clock.advance(by);
    lastAccepted = true;
  }

  /** The expiry sweep runs (V-4). */
  public void sweep() {
    record(programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(platform,
        10_000)));
  }

  /** The partner cancels an order (V-6). */
  public void cancel(int order) {
    if (orders.isEmpty()) {
      lastAccepted = false;
      return;
    }
    record(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(partnerUser,
        orders.get(Math.floorMod(order, orders.size())), "customer changed their mind")));
  }

  /** Vendor support extends the expiry of a voucher to {@code by} from now (M-2). */
  public void extend(int order, int voucher, Duration by) {
    voucher(order, voucher).ifPresentOrElse(v -> record(programme.vouchers().extendExpiry().extend(
        ExtendExpiry.Command.voucher(support, v.id(), clock.instant().plus(by), "goodwill"))),
        () -> lastAccepted = false);
  }

  // ------------------------------------------------------------------------ observation

  /**
   * The state read back from storage as a model, after checking the invariants: every history
   * entry is a V-1 move, each voucher's history is a path from VALID to its stored status,
   * and the status counts add up to the number issued.
   */
  public LifecycleModel snapshot() {
    Instant now = clock.instant();
    Map<VoucherId, Links> links = followEveryLink();
    List<LifecycleModel.OrderModel> models = new ArrayList<>();
    Map<VoucherStatus, Integer> counts = new EnumMap<>(VoucherStatus.class);
    int total = 0;
    for (OrderId id : orders) {
      var order = storage.vouchers().order(id).orElseThrow();
      List<LifecycleModel.VoucherModel> vouchers = new ArrayList<>();
      for (Voucher voucher : ContractData.vouchersOf(storage.vouchers(), id)) {
        checkHistory(voucher);
        VoucherStatus seen = voucher.statusAt(now);
        counts.merge(seen, 1, Integer::sum);
        total++;
        Links sent = links.getOrDefault(voucher.id(), new Links(0, false));
        vouchers.add(new LifecycleModel.VoucherModel(seen, voucher.expiresAt(),
            voucher.certificateRequest().map(r -> r.submittedAt()), voucher.everRedeemed(),
            voucher.comment(), sent.count(), sent.live(),
            seen == VoucherStatus.EXPIRED ? expiredFrom(voucher) : Optional.empty(),
            seen == VoucherStatus.EXPIRED
                && voucher.assignment().flatMap(Assignment::link).isPresent()));
      }
      models.add(new LifecycleModel.OrderModel(order.placedAt(),
          order.status() == OrderStatus.CANCELLED,
          order.lines().get(0).configuration().product().equals(ORGANISATION), vouchers));
    }
    int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
    int issuedCount = issued.values().stream().mapToInt(List::size).sum();
    if (counted != total || total != issuedCount) {
      throw new AssertionError("status counts " + counts + " do not add up to " + issuedCount
          + " issued");
    }
    return new LifecycleModel(now, models, lastAccepted, (int) storage.outbox().backlog());
  }

  /**
   * G-2: what the activation e-mails of one voucher hold.
   *
   * @param count how many were written
   * @param live whether one of their links works (the newest: checked)
   */
  private record Links(int count, boolean live) {}

  /**
   * G-2: follows the link of every activation e-mail in the outbox, as its recipient would, and
   * checks that at most one per voucher works, the newest. The e-mails are claimed to read them
   * and given back at once (marked failed, due now), so the backlog stays as it was.
   */
  private Map<VoucherId, Links> followEveryLink() {
    Instant now = clock.instant();
    List<Outbox.Entry<ActivationMessage>> claimed =
        storage.outbox().claim(Integer.MAX_VALUE, now, Duration.ofMinutes(1));
    Map<VoucherId, List<ActivationMessage>> byVoucher = new java.util.HashMap<>();
    for (Outbox.Entry<ActivationMessage> entry : claimed) {
      byVoucher.computeIfAbsent(entry.message().voucher(), k -> new ArrayList<>())
          .add(entry.message());
      storage.outbox().failed(entry, now, "read by the model check");
    }
    Map<VoucherId, Links> links = new java.util.HashMap<>();
    byVoucher.forEach((voucher, messages) -> {
      Instant newest = messages.stream().map(ActivationMessage::createdAt)
          .max(Instant::compareTo).orElseThrow();
      List<ActivationMessage> live = messages.stream().filter(this::linkWorks).toList();
      if (live.size() > 1 || !live.isEmpty() && live.get(0).createdAt().isBefore(newest)) {
        throw new AssertionError("G-2: of the " + messages.size() + " links of " + voucher
            + ", " + live.size() + " work, not only the newest");
      }
      links.put(voucher, new Links(messages.size(), !live.isEmpty()));
    });
    return links;
  }

  private boolean linkWorks(ActivationMessage message) {
    String query = programme.activationLinks().link(message).getRawQuery();
    if (query == null || !query.startsWith("link=")) {
      throw new AssertionError("G-2: an activation link without its token: " + query);
    }
    return programme.vouchers().followActivationLink().follow(new FollowActivationLink.Command(
        new Actor.CodeHolder("customer"), query.substring("link=".length()),
        CallerKey.of("test"))).isRight();
  }

  /** M-2: the status an expired voucher expired from: stored, or its last EXPIRE entry's. */
  private Optional<VoucherStatus> expiredFrom(Voucher voucher) {
    if (voucher.status() != VoucherStatus.EXPIRED) {
      return Optional.of(voucher.status());
    }
    Optional<VoucherStatus> from = Optional.empty();
    for (HistoryEntry entry : storage.vouchers().history(voucher.id())) {
      if (entry.to() == VoucherStatus.EXPIRED) {
        from = Optional.of(entry.from());
      }
    }
    return from;
  }

  private void checkHistory(Voucher voucher) {
    VoucherStatus at = VoucherStatus.VALID;
    for (HistoryEntry entry : storage.vouchers().history(voucher.id())) {
      if (entry.from() != at) {
        throw new AssertionError("history of " + voucher.id() + " jumps from " + at + " to a move"
            + " from " + entry.from());
      }
      if (!LifecycleModel.ALLOWED_MOVES.get(entry.from()).contains(entry.to())) {
        throw new AssertionError("history of " + voucher.id() + " has a move V-1 forbids: "
            + entry.from() + " -> " + entry.to());
      }
      at = entry.to();
    }
    if (at != voucher.status()) {
      throw new AssertionError("history of " + voucher.id() + " ends at " + at + " but the"
          + " voucher is " + voucher.status());
    }
  }
}
