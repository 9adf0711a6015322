// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ResellerFixture.ACME;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_AGENT;
import static dev.vouchers.core.programme.application.ResellerFixture.BOLT;
import static dev.vouchers.core.programme.application.ResellerFixture.BOLT_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.PM;
import static dev.vouchers.core.programme.application.ResellerFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ResellerFixture.ok;
import static dev.vouchers.core.programme.application.ResellerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
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
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** R-1 through the use cases: the application's way, its history, its refusals; A-1. */
class ResellerApplicationsTest {
  private final ResellerFixture f = new ResellerFixture();

  private ResellerApplicationDetails details(ResellerApplicationId id) {
    return ok(f.programme.resellers().getResellerApplication().get(
        new GetResellerApplication.Command(PM, id)));
  }

  @Test
  void anApplicationGoesFromSubmittedToApprovedWithWhoAndWhenForEveryMove_R1() {
    ResellerApplication approved = f.approved(ACME, "12.5");

    ResellerApplicationDetails details = details(approved.id());
    assertThat(details.application()).isEqualTo(approved);
    assertThat(approved.status()).isEqualTo(ResellerApplicationStatus.APPROVED);
    assertThat(approved.submittedBy()).isEqualTo(ACME_ADMIN.describe());
    assertThat(approved.submittedAt()).isEqualTo(ResellerFixture.START);
    assertThat(details.history())
        .extracting(ResellerApplicationEntry::from, ResellerApplicationEntry::to,
            ResellerApplicationEntry::by, ResellerApplicationEntry::at)
        .containsExactly(
            tuple(ResellerApplicationStatus.SUBMITTED, ResellerApplicationStatus.CONTRACT_SENT,
                PM.describe(), ResellerFixture.START.plusSeconds(60)),
            tuple(ResellerApplicationStatus.CONTRACT_SENT,
                ResellerApplicationStatus.CONTRACT_SIGNED, ACME_ADMIN.describe(),
                ResellerFixture.START.plusSeconds(120)),
            tuple(ResellerApplicationStatus.CONTRACT_SIGNED, ResellerApplicationStatus.APPROVED,
                PM.describe(), ResellerFixture.START.plusSeconds(180)));
    assertThat(details.discounts()).extracting(DiscountChange::to)
        .containsExactly(new BigDecimal("12.5"));
  }

  @Test
  void aRejectionRecordsWhoWhenAndWhyAndThePartnerMayApplyAgain_R1() {
    ResellerApplication application = f.apply(ACME);
    f.advance(Duration.ofDays(2));
    ResellerApplication rejected = ok(f.programme.resellers().rejectResellerApplication().reject(
        new RejectResellerApplication.Command(PM, application.id(), "no trade register entry")));
    assertThat(rejected.status()).isEqualTo(ResellerApplicationStatus.REJECTED);
    assertThat(details(application.id()).history()).singleElement().satisfies(entry -> {
      assertThat(entry.why()).isEqualTo("no trade register entry");
      assertThat(entry.by()).isEqualTo(PM.describe());
      assertThat(entry.at()).isEqualTo(f.now());
    });
    ResellerApplication again = f.apply(ACME);
    assertThat(again.id()).isNotEqualTo(application.id());
    assertThat(ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(ACME_ADMIN, Set.of(), PageRequest.first(50)))).items())
        .as("newest first").containsExactly(again, rejected);
  }

  @Test
  void aPartnerHasOneOpenOrApprovedApplication_R1() {
    f.apply(ACME);
    Refusal refusal = refused(f.programme.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(ACME_ADMIN, ACME)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.ALREADY_APPLIED);
  }

  @Test
  void refusalsListEveryReasonAndChangeNothing_R1() {
    ResellerApplication application = f.apply(ACME);
    Refusal refusal = refused(f.programme.resellers().approveResellerApplication().approve(
        new ApproveResellerApplication.Command(ACME_ADMIN, application.id(),
            Optional.of(new BigDecimal("150")))));
    assertThat(refusal.codes()).containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED,
        ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
    assertThat(details(application.id()).application()).isEqualTo(application);
    assertThat(details(application.id()).history()).isEmpty();
    assertThat(f.events).filteredOn(ProgrammeEvent.Refused.class::isInstance)
        .extracting(e -> ((ProgrammeEvent.Refused) e).useCase())
        .containsExactly("ApproveResellerApplication");
  }

  @Test
  void onlyPartnerManagersSendTheContractAndTheApplicantsAdminMaySign_R1() {
    ResellerApplication application = f.apply(ACME);
    assertThat(refused(f.programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(
        SUPPORT, application.id(), "c"))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    ok(f.programme.resellers().sendResellerContract().send(new SendResellerContract.Command(
        PM, application.id(), "c")));
    assertThat(refused(f.programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(ACME_AGENT, application.id(), "s"))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    ok(f.programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(ACME_ADMIN, application.id(), "s")));
  }

  @Test
  void anotherPartnersApplicationAnswersLikeAMissingOne_A1() {
    ResellerApplication application = f.apply(ACME);
    Refusal missing = refused(f.programme.resellers().getResellerApplication().get(
        new GetResellerApplication.Command(BOLT_ADMIN, new ResellerApplicationId("nope"))));
    assertThat(refused(f.programme.resellers().getResellerApplication().get(
        new GetResellerApplication.Command(BOLT_ADMIN, application.id())))).isEqualTo(missing);
    f.programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(PM, application.id(), "c"));
    assertThat(refused(f.programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(BOLT_ADMIN, application.id(), "s"))))
        .isEqualTo(missing);
    assertThat(refused(f.programme.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(BOLT_ADMIN, ACME)))).isEqualTo(Refusal.notFound("partner"));
    assertThat(refused(f.programme.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(ACME_ADMIN, new PartnerId("ghost")))))
        .isEqualTo(Refusal.notFound("partner"));
    assertThat(ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(BOLT_ADMIN, Set.of(), PageRequest.first(50)))).items()).isEmpty();
  }

  @Test
  void staffListTheQueueByStatusNewestFirst_R1() {
    ResellerApplication acme = f.apply(ACME);
    f.advance(Duration.ofMinutes(5));
    ResellerApplication bolt = f.apply(BOLT);
    ok(f.programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(PM, acme.id(), "c")));
    assertThat(ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications
        .Command(PM, EnumSet.of(ResellerApplicationStatus.SUBMITTED), PageRequest.first(50)))).items()).containsExactly(bolt);
    assertThat(ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(SUPPORT, Set.of(), PageRequest.first(50)))).items())
        .extracting(ResellerApplication::id).containsExactly(bolt.id(), acme.id());
  }

  @Test
  void theQueueIsPagedAndAForeignCursorIsRefused_O5() {
    ResellerApplication acme = f.apply(ACME);
    f.advance(Duration.ofMinutes(5));
    ResellerApplication bolt = f.apply(BOLT);
    Page<ResellerApplication> first = ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(PM, Set.of(), PageRequest.first(1))));
    assertThat(first.items()).containsExactly(bolt);
    assertThat(first.total().count()).isEqualTo(2);
    Page<ResellerApplication> second = ok(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(PM, Set.of(),
            PageRequest.after(1, first.next().orElseThrow()))));
    assertThat(second.items()).containsExactly(acme);
    assertThat(second.next()).isEmpty();
    assertThat(second.total().count()).isEqualTo(2);
    assertThat(refused(f.programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(ACME_ADMIN, Set.of(),
            PageRequest.after(1, "not-a-cursor")))).reasons())
        .extracting(Reason::code).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void thePartnerManagerSetsTheDiscountAtApprovalOrLater_R2() {
    f.approved(ACME, Optional.empty());
    f.advance(Duration.ofDays(1));
    DiscountChange change = ok(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(PM, ACME, new BigDecimal("20"))));
    assertThat(change.from()).isEmpty();
    assertThat(change.at()).isEqualTo(f.now());
    assertThat(change.by()).isEqualTo(PM.describe());
    assertThat(refused(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(ACME_ADMIN, ACME, new BigDecimal("90")))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(BOLT_ADMIN, ACME, BigDecimal.ONE))))
        .isEqualTo(Refusal.notFound("reseller"));
    assertThat(refused(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(PM, BOLT, BigDecimal.ONE))).codes())
        .containsExactly(ReasonCode.RESELLER_NOT_APPROVED);
    f.apply(BOLT);
    assertThat(refused(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(SUPPORT, BOLT, new BigDecimal("-5")))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.RESELLER_NOT_APPROVED,
            ReasonCode.INVALID_INPUT);
  }

  @Test
  void ofRacingDecisionsOnOneApplicationExactlyOneWins_R1() throws Exception {
    ResellerApplication application = f.apply(ACME);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String why = "reason " + i;
      racers.add(() -> f.programme.resellers().rejectResellerApplication().reject(
          new RejectResellerApplication.Command(PM, application.id(), why)).isRight());
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(details(application.id()).history()).singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(ResellerApplicationStatus.REJECTED));
    // the losers were decided again on the state the winner left
    assertThat(f.events).filteredOn(ProgrammeEvent.Refused.class::isInstance)
        .extracting(e -> ((ProgrammeEvent.Refused) e).refusal().codes())
        .containsOnly(List.of(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED));
  }

  @Test
  void ofRacingSubmissionsOfOnePartnerExactlyOneWins_R1() throws Exception {
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      racers.add(() -> f.programme.resellers().applyAsReseller().apply(
          new ApplyAsReseller.Command(ACME_ADMIN, ACME)).isRight());
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
  }

  @Test
  void aProgrammeWithoutResellerStorageSaysWhatIsMissing() {
    InMemoryStore store = new InMemoryStore();
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(new MutableClock(ResellerFixture.START))
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .codeVault(CodeVault.withRandomKeys()).build();
    assertThatThrownBy(() -> programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(PM, Set.of(), PageRequest.first(50))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(".resellerApplications(").hasMessageContaining(".customerLinks(");
  }
}
