// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import io.vavr.control.Either;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * links between customers and approved resellers, and the reseller discount they bring.
 * A change is decided on the customer's link history as read and applied by the store only if
 * that history is unchanged (at most one current link, enforced by the store); a lost race is
 * decided again on what the winner left.
 */
final class CustomerLinkService
    implements LinkCustomer, UnlinkCustomer, GetCustomerLinks, ListResellerCustomers,
    DiscountFor, PriceCustomerPurchase {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerLinkService.class);
  /** T-3: how a reseller discount rounds to the minor unit. */
  private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private final Basics basics;
  private final ResellerApplications applications;
  private final CustomerLinks links;

  CustomerLinkService(Basics basics, ResellerApplications applications, CustomerLinks links) {
    this.basics = basics;
    this.applications = applications;
    this.links = links;
  }

  @Override
  public Either<Refusal, CustomerLink> link(LinkCustomer.Command command) {
    Optional<Refusal> invalid = unsupportedClock();
    if (invalid.isPresent()) {
      return Either.left(invalid.get());
    }
    boolean approved = approved(command.reseller()).isPresent();
    return change(command.customer(), history ->
        history.link(command.reseller(), approved, command.principal(), basics.now()))
        .map(change -> change.started().orElseThrow());
  }

  @Override
  public Either<Refusal, CustomerLink> unlink(UnlinkCustomer.Command command) {
    Optional<Refusal> invalid = unsupportedClock();
    if (invalid.isPresent()) {
      return Either.left(invalid.get());
    }
    return change(command.customer(), history ->
        history.unlink(command.principal(), basics.now(), command.why()))
        .map(change -> change.ended().orElseThrow());
  }

  @Override
  public Either<Refusal, List<CustomerLink>> get(GetCustomerLinks.Command command) {
    CustomerLinkHistory history = links.linkHistory(command.customer());
    List<CustomerLink> visible = history.visibleTo(command.principal());
    if (visible.isEmpty() && restricted(command.principal())) {
      return Either.left(Refusal.notFound("customer"));
    }
    return Either.right(visible);
  }

  @Override
  public Either<Refusal, Page<CustomerLink>> list(ListResellerCustomers.Command command) {
    if (!Access.canRead(command.principal(), command.reseller())) {
      return Either.left(Refusal.notFound("reseller"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    return Either.right(links.currentLinksOf(command.reseller(), command.page()));
  }

  @Override
  public Either<Refusal, Optional<ResellerDiscount>> discountFor(DiscountFor.Command command) {
    CustomerLinkHistory history = links.linkHistory(command.customer());
    if (restricted(command.principal()) && history.visibleTo(command.principal()).isEmpty()) {
      return Either.left(Refusal.notFound("customer"));
    }
    return Either.right(history.discountAt(command.at(), this::discounts)
        .filter(d -> Access.canRead(command.principal(), d.reseller())));
  }

  @Override
  public Either<Refusal, CustomerPurchase> price(PriceCustomerPurchase.Command command) {
    Optional<Refusal> invalid = unsupportedClock();
    if (invalid.isPresent()) {
      return Either.left(invalid.get());
    }
    CustomerLinkHistory history = links.linkHistory(command.customer());
    if (restricted(command.principal()) && history.current()
        .filter(l -> Access.canRead(command.principal(), l.reseller())).isEmpty()) {
      return Either.left(Refusal.notFound("customer"));
    }
    return Either.right(CustomerPurchase.priced(history, command.listPrice(), basics.now(),
        this::discounts, ROUNDING));
  }

  /** the reseller's discount changes, oldest first; none unless it is approved. */
  private List<DiscountChange> discounts(PartnerId reseller) {
    return approved(reseller).map(a -> applications.discountHistory(a.id())).orElse(List.of());
  }

  private Optional<ResellerApplication> approved(PartnerId reseller) {
    return applications.activeApplication(reseller)
        .filter(a -> a.status() == ResellerApplicationStatus.APPROVED);
  }

  /**
   * L-4: a refusal when the clock reads outside the supported range (a customer id is always
   * storable: {@link CustomerId} refuses control characters when it is made).
   */
  private Optional<Refusal> unsupportedClock() {
    return SupportedTime.check(basics.now()).map(reason -> new Refusal(List.of(reason)));
  }

  /** a partner's users (and code holders) see only their own customers. */
  private static boolean restricted(Actor principal) {
    return !(principal instanceof Actor.VendorStaff || principal instanceof Actor.Service);
  }

  private Either<Refusal, LinkChange> change(
      CustomerId customer, Function<CustomerLinkHistory, Either<Refusal, LinkChange>> decide) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Either<Refusal, LinkChange> decided = decide.apply(links.linkHistory(customer));
      if (decided.isLeft()) {
        return decided;
      }
      if (links.applyLinkChange(decided.get())) {
        LinkChange change = decided.get();
        LOG.info("customer {}: {}{}", customer,
            change.ended().map(l -> "link to " + l.reseller() + " ended by " + l.endedBy().get()
                + "; ").orElse(""),
            change.started().map(l -> "linked to " + l.reseller() + " (" + l.origin() + ") by "
                + l.linkedBy()).orElse(""));
        return decided;
      }
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the customer's links kept changing; try again"));
  }
}
