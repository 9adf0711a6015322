// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.ResellerStorage;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;
import dev.vouchers.testkit.model.ResellerModel.Party;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The system under test of the reseller programme's model check: the real application
 * services over a storage (in-memory, or any adapter's), with a {@link MutableClock}. It
 * records whether the last command was accepted and reads the state back as a
 * {@link ResellerModel}, checking on the way that every application's history is an R-1 path
 * ending at its stored status and records who moved it.
 */
public final class ResellerHarness {
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private static final Actor SIGN_UP = new Actor.Service("shop-sign-up");

  private final ResellerStorage reseller;
  private final MutableClock clock;
  private final VoucherProgramme programme;
  // volatile and concurrent: a parallel check runs steps from several threads
  private volatile boolean lastAccepted = true;
  /** The applications in the order the harness stored them (ties of submission time). */
  private final java.util.Map<ResellerApplicationId, Integer> stored =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger storedCount =
      new java.util.concurrent.atomic.AtomicInteger();

  private ResellerHarness(Storage storage, ResellerStorage reseller, Instant start) {
    this.reseller = reseller;
    this.clock = new MutableClock(start);
    this.programme = storage.programme(clock)
        .resellerApplications(reseller.applications()).customerLinks(reseller.links())
        .build();
    for (int p = 0; p < ResellerModel.PARTNERS; p++) {
      Either<Refusal, Partner> registered = programme.partners().registerPartner().register(
          new RegisterPartner.Command(PM, Partner.withVouchers(partner(p), "Partner " + p,
              Tier.ENTRY)));
      if (registered.isLeft()) {
        throw new IllegalStateException("harness setup refused: " + registered.getLeft());
      }
    }
  }

  /** A harness over the in-memory store. */
  public static ResellerHarness inMemory(Instant start) {
    InMemoryStore store = new InMemoryStore();
    return new ResellerHarness(Storage.of(store), ResellerStorage.of(store), start);
  }

  /** A harness over any storage (fresh and empty): voucher ports and reseller ports. */
  public static ResellerHarness over(Storage storage, ResellerStorage reseller, Instant start) {
    return new ResellerHarness(storage, reseller, start);
  }

  /** The id of partner {@code index}. */
  public static PartnerId partner(int index) {
    return new PartnerId("partner-" + index);
  }

  /** The id of customer {@code index}. */
  public static CustomerId customer(int index) {
    return new CustomerId("customer-" + index);
  }

  private static Actor principal(Party actor, int partner) {
    return switch (actor) {
      case PARTNER_MANAGER -> PM;
      case SUPPORT -> SUPPORT;
      case SIGN_UP -> SIGN_UP;
      case OWN_ADMIN -> user(partner, PartnerRole.ADMIN);
      case OWN_ADMIN_AGENT -> user(partner, PartnerRole.ADMIN_AGENT);
      case OWN_SALES_AGENT -> user(partner, PartnerRole.SALES_AGENT);
      case OTHER_ADMIN -> user((partner + 1) % ResellerModel.PARTNERS, PartnerRole.ADMIN);
    };
  }

  private static Actor user(int partner, PartnerRole role) {
    return new Actor.PartnerUser(new UserId(role.name().toLowerCase(java.util.Locale.ROOT)
        + "-" + partner), partner(partner), role);
  }

  private void record(Either<Refusal, ?> result) {
    lastAccepted = result.isRight();
  }

  /**
   * Every application of the partner, oldest first, read page by page (O-5: the port lists
   * newest first; applications submitted at one instant are put in the order the harness
   * stored them, which the store does not keep).
   */
  private List<ResellerApplication> applicationsOf(int partner) {
    List<ResellerApplication> all = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      Page<ResellerApplication> read = reseller.applications().applicationsOf(partner(partner),
          java.util.Set.of(), page);
      all.addAll(read.items());
      if (read.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(2, read.next().get());
    }
    all.sort(java.util.Comparator.comparing(ResellerApplication::submittedAt)
        .thenComparing(a -> stored.getOrDefault(a.id(), Integer.MAX_VALUE)));
    return all;
  }

  private void onLatest(int partner, Function<ResellerApplication, Either<Refusal, ?>> move) {
    List<ResellerApplication> of = applicationsOf(partner);
    if (of.isEmpty()) {
      lastAccepted = false;
      return;
    }
    record(move.apply(of.get(of.size() - 1)));
  }

  // ------------------------------------------------------------------------ commands

  /** apply. */
  public void apply(int partner, Party actor) {
    Either<Refusal, ResellerApplication> applied = programme.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(principal(actor, partner), partner(partner)));
    applied.forEach(a -> stored.put(a.id(), storedCount.getAndIncrement()));
    record(applied);
  }

  /** send the contract of the partner's latest application. */
  public void sendContract(int partner, Party actor) {
    onLatest(partner, a -> programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(principal(actor, partner), a.id(), "contract.pdf")));
  }

  /** record the signature. */
  public void sign(int partner, Party actor) {
    onLatest(partner, a -> programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(principal(actor, partner), a.id(),
            "signed.pdf")));
  }

  /** approve. */
  public void approve(int partner, Party actor, Optional<BigDecimal> percent) {
    onLatest(partner, a -> programme.resellers().approveResellerApplication().approve(
        new ApproveResellerApplication.Command(principal(actor, partner), a.id(), percent)));
  }

  /** reject. */
  public void reject(int partner, Party actor) {
    onLatest(partner, a -> programme.resellers().rejectResellerApplication().reject(
        new RejectResellerApplication.Command(principal(actor, partner), a.id(), "not now")));
  }

  /** set the discount. */
  public void setDiscount(int partner, Party actor, BigDecimal percent) {
    record(programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(principal(actor, partner), partner(partner), percent)));
  }

  /** link a customer. */
  public void link(int customer, int partner, Party actor) {
    record(programme.resellers().linkCustomer().link(new LinkCustomer.Command(principal(actor,
        partner),
        customer(customer), partner(partner))));
  }

  /** unlink a customer. */
  public void unlink(int customer, int partner, Party actor) {
    record(programme.resellers().unlinkCustomer().unlink(new UnlinkCustomer.Command(
        principal(actor, partner), customer(customer), "done")));
  }

  /** The clock moves. */
  public void advance(Duration by) {
    clock.advance(by);
    lastAccepted = true;
  }

  // ------------------------------------------------------------------------ observation

  /** The state read back through the ports and the DiscountFor query, as a model. */
  public ResellerModel snapshot() {
    Instant now = clock.instant();
    List<List<ResellerModel.ApplicationModel>> applications = new ArrayList<>();
    for (int p = 0; p < ResellerModel.PARTNERS; p++) {
      List<ResellerModel.ApplicationModel> of = new ArrayList<>();
      for (ResellerApplication a : applicationsOf(p)) {
        List<ResellerApplicationEntry> history = reseller.applications().applicationHistory(a.id());
        checkHistory(a, history);
        of.add(new ResellerModel.ApplicationModel(ResellerModel.Status.valueOf(a.status().name()),
            history.size(), a.discount(), reseller.applications().discountHistory(a.id()).stream()
                .map(d -> new ResellerModel.DiscountSet(d.to(), d.at())).toList()));
        checkDiscounts(a, reseller.applications().discountHistory(a.id()));
      }
      applications.add(of);
    }
    List<List<ResellerModel.LinkModel>> links = new ArrayList<>();
    List<Optional<ResellerModel.DiscountModel>> atNow = new ArrayList<>();
    List<Optional<ResellerModel.DiscountModel>> hourAgo = new ArrayList<>();
    for (int c = 0; c < ResellerModel.CUSTOMERS; c++) {
      links.add(reseller.links().linkHistory(customer(c)).links().stream()
          .map(l -> new ResellerModel.LinkModel(index(l.reseller()), l.from(), l.until()))
          .toList());
      atNow.add(discount(c, now));
      hourAgo.add(discount(c, now.minus(Duration.ofHours(1))));
    }
    for (int p = 0; p < ResellerModel.PARTNERS; p++) {
      checkConsole(p);
    }
    return new ResellerModel(now, applications, links, atNow, hourAgo, lastAccepted);
  }

  private Optional<ResellerModel.DiscountModel> discount(int customer, Instant at) {
    Either<Refusal, Optional<ResellerDiscount>> found = programme.resellers().discountFor()
        .discountFor(
        new DiscountFor.Command(SUPPORT, customer(customer), at));
    if (found.isLeft()) {
      throw new AssertionError("support was refused the discount: " + found.getLeft());
    }
    return found.get().map(d -> new ResellerModel.DiscountModel(index(d.reseller()),
        d.percent(), d.linkedSince()));
  }

  private static int index(PartnerId partner) {
    return Integer.parseInt(partner.value().substring("partner-".length()));
  }

  /** the history is a path of allowed moves from SUBMITTED to the stored status. */
  private static void checkHistory(ResellerApplication a, List<ResellerApplicationEntry> history) {
    ResellerApplicationStatus at = ResellerApplicationStatus.SUBMITTED;
    for (ResellerApplicationEntry entry : history) {
      if (entry.from() != at || !entry.from().canMoveTo(entry.to()) || entry.by().isBlank()) {
        throw new AssertionError("history of " + a.id() + " jumps: " + history);
      }
      at = entry.to();
    }
    if (at != a.status()) {
      throw new AssertionError("history of " + a.id() + " ends at " + at + " but it is "
          + a.status());
    }
  }

  /** the discount on the application is the last one recorded, each from the one before. */
  private static void checkDiscounts(ResellerApplication a, List<DiscountChange> changes) {
    Optional<BigDecimal> before = Optional.empty();
    for (DiscountChange change : changes) {
      if (!change.from().equals(before)) {
        throw new AssertionError("discount change of " + a.id() + " from " + change.from()
            + ", but " + before + " was in force");
      }
      before = Optional.of(change.to());
    }
    if (!before.equals(a.discount())) {
      throw new AssertionError("discount of " + a.id() + " is " + a.discount() + ", history "
          + changes);
    }
  }

  /** a reseller's console lists exactly the customers currently linked to it. */
  private void checkConsole(int partner) {
    List<CustomerLink> links = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      Page<CustomerLink> read = reseller.links().currentLinksOf(partner(partner), page);
      links.addAll(read.items());
      if (read.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(2, read.next().get());
    }
    List<CustomerId> listed = links.stream()
        .map(CustomerLink::customer).sorted(java.util.Comparator.comparing(CustomerId::value))
        .toList();
    List<CustomerId> expected = new ArrayList<>();
    for (int c = 0; c < ResellerModel.CUSTOMERS; c++) {
      reseller.links().linkHistory(customer(c)).current()
          .filter(l -> l.reseller().equals(partner(partner))).ifPresent(l -> expected.add(
              l.customer()));
    }
    if (!listed.equals(expected)) {
      throw new AssertionError("console of " + partner(partner) + " lists " + listed
          + ", expected " + expected);
    }
  }
}
