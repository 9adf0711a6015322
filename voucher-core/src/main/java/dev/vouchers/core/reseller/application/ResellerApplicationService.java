// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerAccess;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.ResellerApplicationDetails;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * reseller applications from submission to approval or rejection, and R-2's reseller
 * discount. Every move is decided on the application as read and written conditionally on its
 * version; a lost race is decided again on what the winner left.
 */
final class ResellerApplicationService
    implements ApplyAsReseller, SendResellerContract, RecordResellerContractSigned,
    ApproveResellerApplication, RejectResellerApplication, SetResellerDiscount,
    GetResellerApplication, ListResellerApplications {

  private static final Logger LOG = LoggerFactory.getLogger(ResellerApplicationService.class);
  private static final String APPLICATION = "reseller application";

  private final Basics basics;
  private final Partners partners;
  private final ResellerApplications applications;

  ResellerApplicationService(Basics basics, Partners partners, ResellerApplications applications) {
    this.basics = basics;
    this.partners = partners;
    this.applications = applications;
  }

  @Override
  public Either<Refusal, ResellerApplication> apply(ApplyAsReseller.Command command) {
    Actor by = command.principal();
    Optional<Partner> partner = partners.partner(command.partner())
        .filter(p -> Access.canRead(by, p.id()));
    if (partner.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    Optional<Refusal> clock = unsupportedClock();
    if (clock.isPresent()) {
      return Either.left(clock.get());
    }
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Either<Refusal, ResellerApplication> submitted = ResellerApplication.submit(
          new ResellerApplicationId(basics.newId()), command.partner(),
          applications.activeApplication(command.partner()), by, basics.now());
      if (submitted.isLeft()) {
        return submitted;
      }
      if (applications.insertApplication(submitted.get())) {
        LOG.info("partner {} applied for the reseller programme: {} by {}", command.partner(),
            submitted.get().id(), by.describe());
        return submitted;
      }
    }
    return Either.left(concurrent());
  }

  @Override
  public Either<Refusal, ResellerApplication> send(SendResellerContract.Command command) {
    return move(command.principal(), command.application(), a ->
        a.sendContract(command.documentReference(), command.principal(), basics.now()));
  }

  @Override
  public Either<Refusal, ResellerApplication> record(RecordResellerContractSigned.Command command) {
    return move(command.principal(), command.application(), a ->
        a.recordSignature(command.documentReference(), command.principal(), basics.now()));
  }

  @Override
  public Either<Refusal, ResellerApplication> approve(ApproveResellerApplication.Command command) {
    return move(command.principal(), command.application(), a ->
        a.approve(command.discountPercent(), command.principal(), basics.now()));
  }

  @Override
  public Either<Refusal, ResellerApplication> reject(RejectResellerApplication.Command command) {
    return move(command.principal(), command.application(), a ->
        a.reject(command.why(), command.principal(), basics.now()));
  }

  @Override
  public Either<Refusal, DiscountChange> set(SetResellerDiscount.Command command) {
    Actor by = command.principal();
    if (!Access.canRead(by, command.reseller())) {
      return Either.left(Refusal.notFound("reseller"));
    }
    Optional<Refusal> clock = unsupportedClock();
    if (clock.isPresent()) {
      return Either.left(clock.get());
    }
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<ResellerApplication> active = applications.activeApplication(command.reseller());
      if (active.isEmpty()) {
        List<Reason> reasons = new ArrayList<>();
        if (!ResellerAccess.canDecideApplications(by)) {
          reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
              "only a partner manager sets the reseller discount"));
        }
        reasons.add(Reason.of(ReasonCode.RESELLER_NOT_APPROVED,
            command.reseller() + " is not an approved reseller"));
        return Either.left(new Refusal(reasons));
      }
      Either<Refusal, ResellerApplicationMove> changed =
          active.get().changeDiscount(command.percent(), by, basics.now());
      if (changed.isLeft()) {
        return Either.left(changed.getLeft());
      }
      if (applications.updateApplication(changed.get())) {
        DiscountChange change = changed.get().discount().orElseThrow();
        LOG.info("reseller {} discount {} -> {}% by {}", command.reseller(),
            change.from().map(p -> p.toPlainString() + "%").orElse("none"),
            change.to().toPlainString(), by.describe());
        return Either.right(change);
      }
    }
    return Either.left(concurrent());
  }

  /** one application with its history, for its partner's users and vendor staff. */
  @Override
  public Either<Refusal, ResellerApplicationDetails> get(GetResellerApplication.Command command) {
    return visible(command.principal(), command.application())
        .<Either<Refusal, ResellerApplicationDetails>>map(a -> Either.right(
            new ResellerApplicationDetails(a, applications.applicationHistory(a.id()),
                applications.discountHistory(a.id()))))
        .orElseGet(() -> Either.left(Refusal.notFound(APPLICATION)));
  }

  @Override
  public Either<Refusal, Page<ResellerApplication>> list(ListResellerApplications.Command command) {
    Actor by = command.principal();
    boolean partner = by instanceof Actor.PartnerUser;
    boolean staff = by instanceof Actor.VendorStaff || by instanceof Actor.Service;
    if ((partner || staff) && command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    if (by instanceof Actor.PartnerUser user) {
      return Either.right(applications.applicationsOf(user.partner(), command.statuses(),
          command.page()));
    }
    if (staff) {
      Set<ResellerApplicationStatus> statuses = command.statuses().isEmpty()
          ? EnumSet.allOf(ResellerApplicationStatus.class) : command.statuses();
      return Either.right(applications.applicationsWithStatus(statuses, command.page()));
    }
    return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
        "reseller applications are listed for partners and vendor staff"));
  }

  private Optional<ResellerApplication> visible(Actor by, ResellerApplicationId id) {
    return applications.application(id).filter(a -> Access.canRead(by, a.partner()));
  }

  private Either<Refusal, ResellerApplication> move(
      Actor by, ResellerApplicationId id,
      Function<ResellerApplication, Either<Refusal, ResellerApplicationMove>> decide) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<ResellerApplication> application = visible(by, id);
      if (application.isEmpty()) {
        return Either.left(Refusal.notFound(APPLICATION));
      }
      Optional<Refusal> clock = unsupportedClock();
      if (clock.isPresent()) {
        return Either.left(clock.get());
      }
      Either<Refusal, ResellerApplicationMove> decided = decide.apply(application.get());
      if (decided.isLeft()) {
        return Either.left(decided.getLeft());
      }
      if (applications.updateApplication(decided.get())) {
        ResellerApplicationMove move = decided.get();
        LOG.info("reseller application {} of {} {} -> {} by {}", id, move.after().partner(),
            move.before().status(), move.after().status(), by.describe());
        return Either.right(move.after());
      }
    }
    return Either.left(concurrent());
  }

  /** L-4: a refusal when the clock reads outside the supported range. */
  private Optional<Refusal> unsupportedClock() {
    return SupportedTime.check(basics.now()).map(reason -> new Refusal(List.of(reason)));
  }

  private static Refusal concurrent() {
    return Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the reseller application kept changing; try again");
  }
}
