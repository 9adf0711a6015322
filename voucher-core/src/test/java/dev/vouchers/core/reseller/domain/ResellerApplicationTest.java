// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import static dev.vouchers.core.reseller.domain.ResellerApplicationStatus.APPROVED;
import static dev.vouchers.core.reseller.domain.ResellerApplicationStatus.CONTRACT_SENT;
import static dev.vouchers.core.reseller.domain.ResellerApplicationStatus.CONTRACT_SIGNED;
import static dev.vouchers.core.reseller.domain.ResellerApplicationStatus.REJECTED;
import static dev.vouchers.core.reseller.domain.ResellerApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** the reseller application's state machine, its history entries and its refusals. */
class ResellerApplicationTest {
  private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final Actor AGENT =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.ADMIN_AGENT);
  private static final Actor OTHER_ADMIN =
      new Actor.PartnerUser(new UserId("bob"), new PartnerId("bolt"), PartnerRole.ADMIN);

  /** R-1, written out from the brief, move by move. */
  private static final Set<String> BRIEF = Set.of(
      "SUBMITTED>CONTRACT_SENT", "CONTRACT_SENT>CONTRACT_SIGNED", "CONTRACT_SIGNED>APPROVED",
      "SUBMITTED>REJECTED", "CONTRACT_SENT>REJECTED", "CONTRACT_SIGNED>REJECTED");

  private static ResellerApplication submitted() {
    return ResellerApplication.submit(new ResellerApplicationId("app-1"), ACME, Optional.empty(),
        ADMIN, T0).get();
  }

  private static ResellerApplication at(ResellerApplicationStatus status) {
    return submitted().withStatus(status);
  }

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("refused: %s", result.isLeft() ? result.getLeft() : "")
        .isTrue();
    return result.get();
  }

  private static Refusal refused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("accepted").isTrue();
    return result.getLeft();
  }

  @Test
  void allowsExactlyTheMovesOfTheBriefForAll25Pairs_R1() {
    List<String> wrong = new ArrayList<>();
    for (ResellerApplicationStatus from : ResellerApplicationStatus.values()) {
      for (ResellerApplicationStatus to : ResellerApplicationStatus.values()) {
        if (from.canMoveTo(to) != BRIEF.contains(from + ">" + to)) {
          wrong.add(from + ">" + to);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(APPROVED.allowedTargets()).isEmpty();
    assertThat(REJECTED.allowedTargets()).isEmpty();
    assertThat(SUBMITTED.allowedTargets()).containsExactlyInAnyOrder(CONTRACT_SENT, REJECTED);
  }

  @Test
  void openActiveAndFinalStatuses_R1() {
    assertThat(EnumSet.allOf(ResellerApplicationStatus.class).stream()
        .filter(ResellerApplicationStatus::isOpen))
        .containsExactly(SUBMITTED, CONTRACT_SENT, CONTRACT_SIGNED);
    assertThat(APPROVED.isActive()).isTrue();
    assertThat(REJECTED.isActive()).isFalse();
    assertThat(EnumSet.allOf(ResellerApplicationStatus.class).stream()
        .filter(ResellerApplicationStatus::isFinal)).containsExactly(APPROVED, REJECTED);
  }

  @Test
  void thePartnersGlobalAdminSubmits_R1() {
    ResellerApplication application = submitted();
    assertThat(application.status()).isEqualTo(SUBMITTED);
    assertThat(application.submittedAt()).isEqualTo(T0);
    assertThat(application.submittedBy()).isEqualTo(ADMIN.describe());
    assertThat(application.discount()).isEmpty();
    assertThat(application.version()).isZero();
  }

  @Test
  void submittingListsEveryReason_R1() {
    Refusal refusal = refused(ResellerApplication.submit(new ResellerApplicationId("app-2"),
        ACME, Optional.of(submitted()), AGENT, T0));
    assertThat(refusal.codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.ALREADY_APPLIED);
    assertThat(refused(ResellerApplication.submit(new ResellerApplicationId("app-2"), ACME,
        Optional.of(at(APPROVED)), ADMIN, T0)).reasons().get(0).message())
        .contains("is a reseller already");
    assertThat(refused(ResellerApplication.submit(new ResellerApplicationId("app-2"), ACME,
        Optional.empty(), PM, T0)).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
  }

  @Test
  void theWholeWayToApprovalRecordsWhoWhenAndWhatForEveryMove_R1() {
    ResellerApplicationMove send = ok(submitted().sendContract("contract-42.pdf", PM, T0
        .plusSeconds(60)));
    ResellerApplicationMove sign = ok(send.after().recordSignature(" signed-42.pdf ", ADMIN,
        T0.plusSeconds(120)));
    ResellerApplicationMove approve = ok(sign.after().approve(
        Optional.of(new BigDecimal("15")), PM, T0.plusSeconds(180)));

    assertThat(approve.after().status()).isEqualTo(APPROVED);
    assertThat(approve.after().version()).isEqualTo(3);
    assertThat(approve.after().discount()).contains(new BigDecimal("15"));
    assertThat(List.of(send.entry().get(), sign.entry().get(), approve.entry().get()))
        .extracting(ResellerApplicationEntry::from, ResellerApplicationEntry::to,
            ResellerApplicationEntry::at, ResellerApplicationEntry::by,
            ResellerApplicationEntry::data)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SUBMITTED, CONTRACT_SENT, T0.plusSeconds(60),
                PM.describe(), Map.of("contract", "contract-42.pdf")),
            org.assertj.core.groups.Tuple.tuple(CONTRACT_SENT, CONTRACT_SIGNED,
                T0.plusSeconds(120), ADMIN.describe(), Map.of("signedContract", "signed-42.pdf")),
            org.assertj.core.groups.Tuple.tuple(CONTRACT_SIGNED, APPROVED, T0.plusSeconds(180),
                PM.describe(), Map.of("discount", "15")));
    assertThat(approve.discount()).contains(new DiscountChange(approve.after().id(), ACME,
        Optional.empty(), new BigDecimal("15"), T0.plusSeconds(180), PM.describe()));
    assertThat(send.discount()).isEmpty();
  }

  @Test
  void aPartnerManagerMayRecordTheSignatureToo_R1() {
    assertThat(ok(at(CONTRACT_SENT).recordSignature("scan.pdf", PM, T0)).after().status())
        .isEqualTo(CONTRACT_SIGNED);
  }

  @Test
  void approvalWithoutADiscountSetsNone_R1() {
    ResellerApplicationMove approve = ok(at(CONTRACT_SIGNED).approve(Optional.empty(), PM, T0));
    assertThat(approve.after().discount()).isEmpty();
    assertThat(approve.discount()).isEmpty();
    assertThat(approve.entry().get().data()).isEmpty();
  }

  @Test
  void rejectionFromEveryOpenStateRecordsWhy_R1() {
    for (ResellerApplicationStatus open : List.of(SUBMITTED, CONTRACT_SENT, CONTRACT_SIGNED)) {
      ResellerApplicationMove reject = ok(at(open).reject("  no trade register entry ", PM, T0));
      assertThat(reject.after().status()).isEqualTo(REJECTED);
      assertThat(reject.entry().get().why()).isEqualTo("no trade register entry");
      assertThat(reject.entry().get().from()).isEqualTo(open);
    }
  }

  @Test
  void finalApplicationsDoNotMove_R1() {
    for (ResellerApplicationStatus done : List.of(APPROVED, REJECTED)) {
      assertThat(refused(at(done).reject("late", PM, T0)).codes())
          .containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
      assertThat(refused(at(done).sendContract("c", PM, T0)).reasons().get(0).message())
          .contains("is final");
    }
  }

  @Test
  void movesOutOfOrderAreRefused_R1() {
    assertThat(refused(submitted().approve(Optional.empty(), PM, T0)).codes())
        .containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    assertThat(refused(submitted().recordSignature("s", PM, T0)).codes())
        .containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    assertThat(refused(at(CONTRACT_SIGNED).sendContract("c", PM, T0)).codes())
        .containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
  }

  @Test
  void onlyVendorPartnerManagersDecide_R1() {
    for (Actor notAManager : List.of(SUPPORT, ADMIN, AGENT,
        new Actor.Service("shop"), new Actor.CodeHolder("x"))) {
      assertThat(refused(submitted().sendContract("c", notAManager, T0)).codes())
          .as("%s", notAManager).containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(at(CONTRACT_SIGNED).approve(Optional.empty(), notAManager, T0))
          .codes()).containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(submitted().reject("no", notAManager, T0)).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
    }
    assertThat(refused(at(CONTRACT_SENT).recordSignature("s", AGENT, T0)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(at(CONTRACT_SENT).recordSignature("s", OTHER_ADMIN, T0)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
  }

  @Test
  void aRefusalListsEveryReason_R1() {
    Refusal refusal = refused(at(APPROVED).reject("   ", ADMIN, T0));
    assertThat(refusal.codes()).containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED,
        ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
    assertThat(refused(submitted().approve(Optional.of(new BigDecimal("101")), AGENT, T0))
        .codes()).containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED,
            ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
    assertThat(refused(submitted().sendContract("x".repeat(201), SUPPORT, T0)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
  }

  @Test
  void theDiscountIsChangedOnlyOnAnApprovedApplication_R2() {
    ResellerApplication approved = ok(at(CONTRACT_SIGNED).approve(
        Optional.of(new BigDecimal("10")), PM, T0)).after();
    ResellerApplicationMove change = ok(approved.changeDiscount(new BigDecimal("12.5"), PM,
        T0.plusSeconds(60)));
    assertThat(change.entry()).as("not a status move").isEmpty();
    assertThat(change.after().status()).isEqualTo(APPROVED);
    assertThat(change.after().discount()).contains(new BigDecimal("12.5"));
    assertThat(change.discount().get().from()).contains(new BigDecimal("10"));
    assertThat(refused(at(CONTRACT_SIGNED).changeDiscount(BigDecimal.ONE, ADMIN, T0)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(refused(approved.changeDiscount(new BigDecimal("-1"), PM, T0)).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void aHistoryEntryOutsideR1IsABrokenInvariant() {
    assertThatThrownBy(() -> new ResellerApplicationEntry(new ResellerApplicationId("a"),
        APPROVED, REJECTED, T0, "x", "y", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> submitted().withDiscount(Optional.of(new BigDecimal("100.01"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
