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
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The system under test of the erasure model check (E-1): the real use cases (OrderVouchers,
 * SendActivationLink, MarkRedeemed, ErasePersonalData by address and by customer, the sweep) over a storage (in-memory by default, or any
 * adapter's, whose {@code vouchers()} implements {@link PersonalData}) and a
 * {@link MutableClock} that moves a second per step. It reads its state back as an
 * {@link ErasureModel}: each voucher's link from the store, and what of each person can be read
 * in a text of everything the store holds (the in-memory store's objects, or a dump of every
 * table), as given and URL-encoded. On the way it checks that every history only grows and
 * keeps each move's from, to, when, who and why, and that no erasure record holds an address.
 */
public final class ErasureHarness {
  /** The partner whose order the vouchers are. */
  public static final PartnerId PARTNER = new PartnerId("model-partner");
  private static final ProductId PRODUCT = new ProductId("smime");

  private final Storage storage;
  private final PersonalData personalData;
  private final Supplier<String> everything;
  private final MutableClock clock;
  private final VoucherProgramme programme;
  private final Actor agent =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  private final Actor support = Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private final List<VoucherId> vouchers;
  private final Map<VoucherId, Integer> placed = new ConcurrentHashMap<>();
  private final Map<VoucherId, List<List<Object>>> moves = new ConcurrentHashMap<>();
  private final Map<Integer, Set<Integer>> sent = new ConcurrentHashMap<>();
  /** Per customer, the tags of the orders placed for them (accepted or not). */
  private final Map<Integer, Set<Integer>> ordered = new ConcurrentHashMap<>();
  /** Per voucher, the links sent for it in the order sent (accepted or not). */
  private final Map<Integer, List<ErasureModel.Sent>> sentFor = new ConcurrentHashMap<>();
  private final Instant start;
  private volatile boolean lastAccepted = true;

  private ErasureHarness(Storage storage, Supplier<String> everything, Instant start) {
    this.storage = storage;
    this.personalData = (PersonalData) storage.vouchers();
    this.everything = everything;
    this.clock = new MutableClock(start);
    this.start = start;
    this.programme = storage.programme(clock).build();
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Model Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("S/MIME").kind(ProductKind.EMAIL_SMIME)
            .addValidityYears(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 0, 0),
            Money.of("20.00", "CHF")).build())));
    PlacedOrder order = require(programme.ordering().orderVouchers().order(
        new OrderVouchers.Command(
        agent, PARTNER, new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 0, 0, ErasureModel.VOUCHERS))))));
    List<VoucherId> ids = new ArrayList<>();
    for (int i = 0; i < ErasureModel.VOUCHERS; i++) {
      VoucherId id = order.voucher(i);
      ids.add(id);
      moves.put(id, skeleton(storage.vouchers().history(id)));
      placed.put(id, moves.get(id).size());
    }
    this.vouchers = List.copyOf(ids);
  }

  /** A harness over the in-memory store, whose objects are the text searched for people. */
  public static ErasureHarness inMemory(Instant start) {
    InMemoryStore store = new InMemoryStore();
    return new ErasureHarness(Storage.of(store), store::contents, start);
  }

  /**
   * A harness over the storage of any adapter (fresh and empty).
   *
   * @param storage the storage; its {@code vouchers()} must implement {@link PersonalData}
   * @param everything a text of everything the store holds (e.g. every row of every table)
   * @param start the clock's start
   * @return the harness, with the order placed
   */
  public static ErasureHarness over(Storage storage, Supplier<String> everything,
      Instant start) {
    return new ErasureHarness(storage, everything, start);
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("harness setup refused: " + result.getLeft());
    }
    return result.get();
  }

  /** S-2: the partner sends the voucher's link to the person, with the tagged message. */
  public void send(int voucher, int person, int tag) {
    int p = Math.floorMod(person, ErasureModel.PEOPLE.size());
    int v = Math.floorMod(voucher, vouchers.size());
    sent.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet()).add(tag);
    sentFor.computeIfAbsent(v, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(new ErasureModel.Sent(p, tag));
    clock.advance(Duration.ofSeconds(1));
    lastAccepted = programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
        agent, vouchers.get(v), ErasureModel.PEOPLE.get(p), ErasureModel.message(p, tag)))
        .isRight();
  }

  /** V-1: the partner redeems the voucher by its id, which closes it. */
  public void redeem(int voucher) {
    clock.advance(Duration.ofSeconds(1));
    lastAccepted = programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(agent,
        VoucherRef.id(vouchers.get(Math.floorMod(voucher, vouchers.size()))))).isRight();
  }

  /**
   * E-1: {@code seconds} pass, then the automatic erasure runs with the model's retention (a
   * batch larger than the order).
   */
  public void sweep(int seconds) {
    clock.advance(Duration.ofSeconds(Math.max(0, seconds)));
    programme.sweepPersonalData(Duration.ofSeconds(ErasureModel.RETENTION_SECONDS), 100);
    lastAccepted = true;
  }

  /** O-4: the partner places an order of one voucher for the customer, with tagged notes. */
  public void order(int customer, int tag) {
    int c = Math.floorMod(customer, ErasureModel.CUSTOMERS.size());
    ordered.computeIfAbsent(c, k -> ConcurrentHashMap.newKeySet()).add(tag);
    clock.advance(Duration.ofSeconds(1));
    lastAccepted = programme.ordering().orderVouchers().order(new OrderVouchers.Command(agent,
        PARTNER, new OrderRequest(Optional.of(ErasureModel.CUSTOMERS.get(c)),
            Optional.of(ErasureModel.notes(c, tag)), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 0, 0, 1))))).isRight();
  }

  /** E-1: vendor support erases the partner's customer by name. */
  public void eraseCustomer(int customer) {
    clock.advance(Duration.ofSeconds(1));
    lastAccepted = programme.erasePersonalData().erase(ErasePersonalData.Command.customer(
        support, PARTNER.value(), ErasureModel.CUSTOMERS.get(
            Math.floorMod(customer, ErasureModel.CUSTOMERS.size())))).isRight();
  }

  /** E-1: vendor support erases the person by address. */
  public void erase(int person) {
    clock.advance(Duration.ofSeconds(1));
    lastAccepted = programme.erasePersonalData().erase(ErasePersonalData.Command.address(
        support, ErasureModel.PEOPLE.get(Math.floorMod(person, ErasureModel.PEOPLE.size()))))
        .isRight();
  }

  /** The state as read back from the store, after checking the invariants. */
  public ErasureModel snapshot() {
    List<ErasureModel.Link> links = new ArrayList<>();
    for (VoucherId id : vouchers) {
      List<List<Object>> before = moves.get(id);
      List<List<Object>> now = skeleton(storage.vouchers().history(id));
      if (now.size() < before.size() || !now.subList(0, before.size()).equals(before)) {
        throw new AssertionError("the history of " + id + " lost or changed a move: " + before
            + " became " + now);
      }
      moves.put(id, now);
    }
    String store = everything.get();
    for (int v = 0; v < vouchers.size(); v++) {
      VoucherId id = vouchers.get(v);
      Voucher voucher = storage.vouchers().voucher(id).orElseThrow();
      Optional<Assignment> link = voucher.assignment();
      List<ErasureModel.Sent> held = sentFor.getOrDefault(v, List.of()).stream()
          .filter(s -> readable(store, ErasureModel.message(s.person(), s.tag()))).toList();
      // V-2: the closing is the history's move to REDEEMED, in seconds from the start
      long closedAt = storage.vouchers().history(id).stream()
          .filter(e -> e.to() == VoucherStatus.REDEEMED)
          .mapToLong(e -> Duration.between(start, e.at()).getSeconds())
          .reduce((first, last) -> last).orElse(ErasureModel.OPEN);
      links.add(new ErasureModel.Link(voucher.status(),
          link.map(a -> a.recipient().equals(Erased.ADDRESS) ? ErasureModel.ERASED
              : a.recipient().value()).orElse(""),
          link.map(a -> a.message().equals(Erased.TEXT) ? ErasureModel.ERASED : a.message())
              .orElse(""),
          moves.get(id).size() - placed.get(id), held, closedAt));
    }
    List<ErasureModel.Trace> people = new ArrayList<>();
    for (int p = 0; p < ErasureModel.PEOPLE.size(); p++) {
      List<Integer> readable = new ArrayList<>();
      for (int tag : sent.getOrDefault(p, Set.of()).stream().sorted().toList()) {
        if (readable(store, ErasureModel.message(p, tag))) {
          readable.add(tag);
        }
      }
      people.add(new ErasureModel.Trace(readable(store, ErasureModel.PEOPLE.get(p)), readable));
    }
    List<ErasureModel.Placed> orders = new ArrayList<>();
    List<ErasureModel.Trace> customers = new ArrayList<>();
    for (int c = 0; c < ErasureModel.CUSTOMERS.size(); c++) {
      List<Integer> readable = new ArrayList<>();
      for (int tag : ordered.getOrDefault(c, Set.of()).stream().sorted().toList()) {
        if (readable(store, ErasureModel.notes(c, tag))) {
          readable.add(tag);
          orders.add(new ErasureModel.Placed(c, tag));
        }
      }
      customers.add(new ErasureModel.Trace(readable(store, ErasureModel.CUSTOMERS.get(c)),
          readable));
    }
    List<ErasureRecord> records = personalData.erasures(10_000);
    for (String subject : Stream.concat(ErasureModel.PEOPLE.stream(),
        ErasureModel.CUSTOMERS.stream()).toList()) {
      if (records.toString().contains(subject)) {
        throw new AssertionError("an erasure record holds " + subject + ": " + records);
      }
    }
    return new ErasureModel(links, people, orders, customers, records.size(),
        (int) storage.outbox().backlog(), lastAccepted,
        Duration.between(start, clock.instant()).getSeconds());
  }

  /** Whether the text holds the value as given or URL-encoded, in any case. */
  private static boolean readable(String store, String value) {
    String text = store.toLowerCase(Locale.ROOT);
    return text.contains(value.toLowerCase(Locale.ROOT))
        || text.contains(URLEncoder.encode(value, StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT));
  }

  /** V-2, E-1: what erasure must keep of each move: from, to, when, who and why. */
  private static List<List<Object>> skeleton(List<HistoryEntry> history) {
    return history.stream().map(e -> List.<Object>of(e.from(), e.to(), e.at(), e.by(),
        e.why())).toList();
  }
}
