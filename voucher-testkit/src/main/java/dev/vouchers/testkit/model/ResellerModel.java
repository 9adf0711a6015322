// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The reference model of the reseller programme: what the brief says the
 * observable state must be after each command, restated independently of the core. Three
 * partners and three customers, addressed by index; a command on a partner's application
 * acts on its latest one.
 *
 * @param now the clock
 * @param applications per partner, its applications oldest first
 * @param links per customer, its links oldest first
 * @param discountsNow per customer, the reseller discount of a purchase now
 * @param discountsHourAgo per customer, the reseller discount of a purchase an hour ago
 * @param lastAccepted whether the last command was accepted (false: refused)
 */
public record ResellerModel(
    Instant now, List<List<ApplicationModel>> applications, List<List<LinkModel>> links,
    List<Optional<DiscountModel>> discountsNow, List<Optional<DiscountModel>> discountsHourAgo,
    boolean lastAccepted) {

  /** How many partners and customers the model has. */
  public static final int PARTNERS = 3;
  /** How many customers the model has. */
  public static final int CUSTOMERS = 3;

  /** Copies the lists. */
  public ResellerModel {
    applications = applications.stream().map(List::copyOf).toList();
    links = links.stream().map(List::copyOf).toList();
    discountsNow = List.copyOf(discountsNow);
    discountsHourAgo = List.copyOf(discountsHourAgo);
  }

  /** R-1 statuses, restated. */
  public enum Status {
    /** Submitted. */
    SUBMITTED,
    /** Contract sent. */
    CONTRACT_SENT,
    /** Contract signed. */
    CONTRACT_SIGNED,
    /** Approved. */
    APPROVED,
    /** Rejected. */
    REJECTED
  }

  /** Who acts, relative to the partner (or reseller) a command names. */
  public enum Party {
    /** Vendor partner manager. */
    PARTNER_MANAGER,
    /** Vendor support. */
    SUPPORT,
    /** The shop's sign-up service. */
    SIGN_UP,
    /** The partner's global admin. */
    OWN_ADMIN,
    /** The partner's admin agent. */
    OWN_ADMIN_AGENT,
    /** The partner's sales agent. */
    OWN_SALES_AGENT,
    /** The global admin of the next partner (another partner). */
    OTHER_ADMIN
  }

  /**
   * An application in the model.
   *
   * @param status its status
   * @param moves how many moves its history holds
   * @param discount the discount set
   * @param discountChanges every discount set, with when
   */
  public record ApplicationModel(
      Status status, int moves, Optional<BigDecimal> discount,
      List<DiscountSet> discountChanges) {
    /** Copies the changes. */
    public ApplicationModel {
      discountChanges = List.copyOf(discountChanges);
    }
  }

  /**
   * A discount set at an instant.
   *
   * @param percent the discount
   * @param at when
   */
  public record DiscountSet(BigDecimal percent, Instant at) {}

  /**
   * A link in the model.
   *
   * @param reseller the reseller's index
   * @param from start
   * @param until end, if ended
   */
  public record LinkModel(int reseller, Instant from, Optional<Instant> until) {
    boolean inForceAt(Instant at) {
      return !at.isBefore(from) && until.map(at::isBefore).orElse(true);
    }
  }

  /**
   * The discount of a purchase.
   *
   * @param reseller the reseller's index
   * @param percent the percentage
   * @param since when the link started
   */
  public record DiscountModel(int reseller, BigDecimal percent, Instant since) {}

  /**
   * The same state without the last step's outcome: steps that race have no "last" one, so a
   * parallel check compares the states alone.
   *
   * @return this state, its outcome set to accepted
   */
  public ResellerModel withoutOutcome() {
    return new ResellerModel(now, applications, links, discountsNow, discountsHourAgo, true);
  }

  /** No applications, no links, at {@code start}. */
  public static ResellerModel initial(Instant start) {
    List<List<ApplicationModel>> applications = new ArrayList<>();
    for (int i = 0; i < PARTNERS; i++) {
      applications.add(List.of());
    }
    List<List<LinkModel>> links = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      links.add(List.of());
    }
    return new ResellerModel(start, applications, links, List.of(), List.of(), true).derived();
  }

  // ------------------------------------------------------------------

  /** The partner's global admin applies; no one else may, nor while one is active. */
  public ResellerModel apply(int partner, Party actor) {
    if (actor != Party.OWN_ADMIN || active(partner).isPresent()) {
      return refused();
    }
    List<ApplicationModel> of = new ArrayList<>(applications.get(partner));
    of.add(new ApplicationModel(Status.SUBMITTED, 0, Optional.empty(), List.of()));
    return withApplications(partner, of);
  }

  /** A partner manager sends the contract of a SUBMITTED application. */
  public ResellerModel sendContract(int partner, Party actor) {
    return moveLatest(partner, actor == Party.PARTNER_MANAGER, Status.SUBMITTED,
        Status.CONTRACT_SENT, Optional.empty());
  }

  /** A partner manager or the applicant's global admin records the signature. */
  public ResellerModel sign(int partner, Party actor) {
    return moveLatest(partner, actor == Party.PARTNER_MANAGER || actor == Party.OWN_ADMIN,
        Status.CONTRACT_SENT, Status.CONTRACT_SIGNED, Optional.empty());
  }

  /** A partner manager approves a signed application, maybe with a discount. */
  public ResellerModel approve(int partner, Party actor, Optional<BigDecimal> percent) {
    boolean valid = percent.map(ResellerModel::isPercent).orElse(true);
    return moveLatest(partner, actor == Party.PARTNER_MANAGER && valid, Status.CONTRACT_SIGNED,
        Status.APPROVED, percent);
  }

  /** A partner manager rejects an open application. */
  public ResellerModel reject(int partner, Party actor) {
    Optional<ApplicationModel> latest = latest(partner);
    if (latest.isEmpty()) {
      return refused();
    }
    Status status = latest.get().status();
    boolean open = status == Status.SUBMITTED || status == Status.CONTRACT_SENT
        || status == Status.CONTRACT_SIGNED;
    return moveLatest(partner, actor == Party.PARTNER_MANAGER && open, status, Status.REJECTED,
        Optional.empty());
  }

  /** a partner manager changes an approved reseller's discount. */
  public ResellerModel setDiscount(int partner, Party actor, BigDecimal percent) {
    Optional<ApplicationModel> active = active(partner);
    if (actor != Party.PARTNER_MANAGER || active.isEmpty()
        || active.get().status() != Status.APPROVED || !isPercent(percent)) {
      return refused();
    }
    List<ApplicationModel> of = new ArrayList<>(applications.get(partner));
    int index = of.indexOf(active.get());
    ApplicationModel a = active.get();
    List<DiscountSet> changes = new ArrayList<>(a.discountChanges());
    changes.add(new DiscountSet(percent, now));
    of.set(index, new ApplicationModel(a.status(), a.moves(), Optional.of(percent), changes));
    return withApplications(partner, of);
  }

  // ------------------------------------------------------------------

  /** Links the customer to the reseller. */
  public ResellerModel link(int customer, int reseller, Party actor) {
    boolean approved = approved(reseller).isPresent();
    Optional<LinkModel> current = current(customer);
    boolean accepted = switch (actor) {
      case SUPPORT -> approved
          && current.map(l -> l.reseller() != reseller).orElse(true);
      case SIGN_UP, OWN_ADMIN, OWN_ADMIN_AGENT -> approved && current.isEmpty();
      default -> false;
    };
    if (!accepted) {
      return refused();
    }
    List<LinkModel> of = new ArrayList<>(links.get(customer));
    if (current.isPresent()) {
      of.set(of.size() - 1, new LinkModel(current.get().reseller(), current.get().from(),
          Optional.of(now)));
    }
    of.add(new LinkModel(reseller, now, Optional.empty()));
    return withLinks(customer, of);
  }

  /** Ends the customer's current link; the actor is relative to {@code reseller}. */
  public ResellerModel unlink(int customer, int reseller, Party actor) {
    Optional<LinkModel> current = current(customer);
    int actorsPartner = actor == Party.OTHER_ADMIN ? (reseller + 1) % PARTNERS : reseller;
    boolean accepted = current.isPresent() && switch (actor) {
      case SUPPORT, SIGN_UP -> true;
      case OWN_ADMIN, OWN_ADMIN_AGENT, OTHER_ADMIN -> current.get().reseller() == actorsPartner;
      default -> false;
    };
    if (!accepted) {
      return refused();
    }
    List<LinkModel> of = new ArrayList<>(links.get(customer));
    of.set(of.size() - 1, new LinkModel(current.get().reseller(), current.get().from(),
        Optional.of(now)));
    return withLinks(customer, of);
  }

  /** The clock moves. */
  public ResellerModel advance(Duration by) {
    return new ResellerModel(now.plus(by), applications, links, discountsNow, discountsHourAgo,
        true).derived();
  }

  // ------------------------------------------------------------------ helpers

  private static boolean isPercent(BigDecimal percent) {
    return percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  private Optional<ApplicationModel> latest(int partner) {
    List<ApplicationModel> of = applications.get(partner);
    return of.isEmpty() ? Optional.empty() : Optional.of(of.get(of.size() - 1));
  }

  private Optional<ApplicationModel> active(int partner) {
    return applications.get(partner).stream().filter(a -> a.status() != Status.REJECTED)
        .findFirst();
  }

  private Optional<ApplicationModel> approved(int partner) {
    return active(partner).filter(a -> a.status() == Status.APPROVED);
  }

  private Optional<LinkModel> current(int customer) {
    List<LinkModel> of = links.get(customer);
    return of.isEmpty() || of.get(of.size() - 1).until().isPresent()
        ? Optional.empty() : Optional.of(of.get(of.size() - 1));
  }

  private ResellerModel moveLatest(int partner, boolean permitted, Status from, Status to,
      Optional<BigDecimal> discount) {
    Optional<ApplicationModel> latest = latest(partner);
    if (latest.isEmpty() || !permitted || latest.get().status() != from) {
      return refused();
    }
    ApplicationModel a = latest.get();
    List<DiscountSet> changes = new ArrayList<>(a.discountChanges());
    discount.ifPresent(p -> changes.add(new DiscountSet(p, now)));
    List<ApplicationModel> of = new ArrayList<>(applications.get(partner));
    of.set(of.size() - 1, new ApplicationModel(to, a.moves() + 1,
        discount.isPresent() ? discount : a.discount(), changes));
    return withApplications(partner, of);
  }

  private ResellerModel withApplications(int partner, List<ApplicationModel> of) {
    return with(all -> {
      all.set(partner, of);
      return all;
    }, UnaryOperator.identity());
  }

  private ResellerModel withLinks(int customer, List<LinkModel> of) {
    return with(UnaryOperator.identity(), all -> {
      all.set(customer, of);
      return all;
    });
  }

  private ResellerModel with(UnaryOperator<List<List<ApplicationModel>>> apps,
      UnaryOperator<List<List<LinkModel>>> lnks) {
    return new ResellerModel(now, apps.apply(new ArrayList<>(applications)),
        lnks.apply(new ArrayList<>(links)), discountsNow, discountsHourAgo, true).derived();
  }

  private ResellerModel refused() {
    return new ResellerModel(now, applications, links, discountsNow, discountsHourAgo, false);
  }

  /** The model with its discounts computed from its applications and links. */
  private ResellerModel derived() {
    List<Optional<DiscountModel>> atNow = new ArrayList<>();
    List<Optional<DiscountModel>> hourAgo = new ArrayList<>();
    for (int c = 0; c < CUSTOMERS; c++) {
      atNow.add(discountAt(c, now));
      hourAgo.add(discountAt(c, now.minus(Duration.ofHours(1))));
    }
    return new ResellerModel(now, applications, links, atNow, hourAgo, lastAccepted);
  }

  private Optional<DiscountModel> discountAt(int customer, Instant at) {
    return links.get(customer).stream().filter(l -> l.inForceAt(at)).findFirst().map(l -> {
      BigDecimal percent = BigDecimal.ZERO;
      for (DiscountSet set : approved(l.reseller()).map(ApplicationModel::discountChanges)
          .orElse(List.of())) {
        if (!set.at().isAfter(at)) {
          percent = set.percent();
        }
      }
      return new DiscountModel(l.reseller(), percent, l.from());
    });
  }
}
