// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.AGENT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** V-1..V-5, V-8 through the lifecycle use cases. */
class LifecycleTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, VoucherView> redeem(Actor by, VoucherId id) {
    return f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(by, ref(by, id)));
  }

  /** An end customer names a voucher by its code, everyone else by id. */
  private VoucherRef ref(Actor by, VoucherId id) {
    return by instanceof Actor.CodeHolder ? VoucherRef.code(f.view(id).code(), CallerKey.of("test")) : VoucherRef.id(id);
  }

  private Either<Refusal, VoucherView> submit(Actor by, VoucherId id, String reference) {
    return f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        by, ref(by, id), reference, Optional.empty()));
  }

  private Either<Refusal, VoucherView> start(Actor by, VoucherId id) {
    return f.programme.vouchers().startOrganisationActivation().start(
        new StartOrganisationActivation.Command(by, ref(by, id)));
  }

  private Either<Refusal, VoucherView> report(Actor by, VoucherId id) {
    return f.programme.vouchers().reportCertificateRevoked().report(
        new ReportCertificateRevoked.Command(by, id));
  }

  private Either<Refusal, Integer> sweep(Actor by, int limit) {
    return f.programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(by,
        limit));
  }

  private Either<Refusal, VoucherView> comment(Actor by, VoucherId id, String text) {
    return f.programme.vouchers().commentOnVoucher().comment(new CommentOnVoucher.Command(by, id,
        text));
  }

  private void mandateFor(OrganisationId organisation) {
    ok(f.programme.partners().registerMandate().register(new RegisterMandate.Command(SUPPORT,
        organisation,
        "POA-1", Optional.empty())));
  }

  // ------------------------------------------------------------------ V-1, V-2

  @Test
  void everyMoveIsRecordedInTheHistoryWithWhoWhenWhyAndData_V2() {
    VoucherView voucher = f.single(SMIME_1Y);
    Instant sentAt = START.plus(Duration.ofMinutes(1));
    f.clock.set(sentAt);
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(AGENT,
        voucher.id(),
        "jane@customer.example", "hi")));
    Instant submittedAt = sentAt.plus(Duration.ofDays(2));
    f.clock.set(submittedAt);
    VoucherView reserved = ok(submit(CUSTOMER, voucher.id(), "  REQ-42  "));
    assertThat(reserved.certificateRequest()).contains("REQ-42");
    assertThat(refused(submit(CUSTOMER, voucher.id(), "REQ-43")).codes())
        .containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    Instant redeemedAt = submittedAt.plus(Duration.ofDays(1));
    f.clock.set(redeemedAt);
    ok(redeem(PLATFORM, voucher.id()));

    List<HistoryEntry> history = f.details(voucher.id()).history();
    assertThat(history).extracting(HistoryEntry::voucher).containsOnly(voucher.id());
    assertThat(history).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::at,
            HistoryEntry::by, HistoryEntry::why)
        .containsExactly(
            tuple(VoucherStatus.VALID, VoucherStatus.ASSIGNED, sentAt, AGENT.describe(), "activation link sent"),
            tuple(VoucherStatus.ASSIGNED, VoucherStatus.RESERVED, submittedAt, CUSTOMER.describe(),
                "certificate request submitted"),
            tuple(VoucherStatus.RESERVED, VoucherStatus.REDEEMED, redeemedAt, PLATFORM.describe(), "redeemed"));
    assertThat(history.get(1).data()).isEqualTo(Map.of("reference", "REQ-42"));
    assertThat(f.details(voucher.id()).voucher().status()).isEqualTo(VoucherStatus.REDEEMED);
  }

  @Test
  void organisationActivationGoesPendingThenReservedAndPendingCannotBeRedeemed_V1_P2() {
    VoucherView voucher = f.single(ORG_CERT_1Y);
    VoucherView pending = ok(start(CUSTOMER, voucher.id()));
    assertThat(pending.status()).isEqualTo(VoucherStatus.PENDING);
    assertThat(f.details(voucher.id()).history()).last()
        .extracting(HistoryEntry::why).isEqualTo("organisation activation started");

    assertThat(refused(redeem(CUSTOMER, voucher.id())).reasons()).containsExactly(
        Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a PENDING voucher cannot become REDEEMED"));
    assertThat(refused(start(CUSTOMER, voucher.id())).codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);

    OrganisationId org = new OrganisationId("org-7");
    mandateFor(org);
    VoucherView reserved = ok(f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), "REQ-7", Optional.of(org))));
    assertThat(reserved.status()).isEqualTo(VoucherStatus.RESERVED);
    assertThat(f.details(voucher.id()).history()).last().extracting(HistoryEntry::data)
        .isEqualTo(Map.of("reference", "REQ-7", "organisation", "org-7"));
  }

  @Test
  void organisationActivationIsOnlyForOrganisationProducts_P2() {
    VoucherView voucher = f.single(SMIME_1Y);
    Voucher before = f.stored(voucher.id());
    assertThat(refused(start(CUSTOMER, voucher.id())).reasons()).containsExactly(Reason.of(
        ReasonCode.NOT_AN_ORGANISATION_PRODUCT, "S/MIME Basic has no organisation activation"));
    assertThat(f.stored(voucher.id())).isEqualTo(before);
  }

  @Test
  void redeemedVoucherCannotBeRedeemedAgain_V1_V3() {
    VoucherView voucher = f.single(SMIME_1Y);
    VoucherView redeemed = ok(redeem(CUSTOMER, voucher.id()));
    assertThat(redeemed.status()).isEqualTo(VoucherStatus.REDEEMED);
    Voucher before = f.stored(voucher.id());
    assertThat(refused(redeem(CUSTOMER, voucher.id())).reasons()).containsExactly(
        Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a REDEEMED voucher cannot become REDEEMED"));
    assertThat(f.stored(voucher.id())).isEqualTo(before);
    assertThat(f.details(voucher.id()).history()).hasSize(1);
  }

  @Test
  void certificateRequestReferenceMustBeOneToTwoHundredCharacters_V1() {
    VoucherView voucher = f.single(SMIME_1Y);
    Refusal blank = refused(submit(CUSTOMER, voucher.id(), "   "));
    assertThat(blank.reasons()).containsExactly(Reason.of(ReasonCode.INVALID_INPUT,
        "the certificate request reference must be 1..200 characters"));
    assertThat(refused(submit(CUSTOMER, voucher.id(), "r".repeat(201)))).isEqualTo(blank);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(ok(submit(CUSTOMER, voucher.id(), "r".repeat(200))).status()).isEqualTo(VoucherStatus.RESERVED);
  }

  @Test
  void getVoucherOfAMissingIdIsNotFound_A1() {
    assertThat(refused(f.programme.vouchers().getVoucher().get(
        new GetVoucher.Command(SUPPORT, new VoucherId("missing")))))
        .isEqualTo(Refusal.notFound("voucher"));
  }

  // ------------------------------------------------------------------ V-4

  @Test
  void sweepExpiresOnlyDueValidAndAssignedVouchersAndReportsHowMany_V4() {
    List<VoucherView> old = f.vouchersOf(f.order(line(SMIME_1Y, 2)));
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
        old.get(1).id(),
        "jane@customer.example", "")));
    VoucherView pending = f.single(ORG_CERT_1Y);
    ok(start(CUSTOMER, pending.id()));
    VoucherView reserved = f.single(SMIME_1Y);
    ok(submit(CUSTOMER, reserved.id(), "REQ-1"));
    f.advance(Duration.ofDays(1));
    VoucherView younger = f.single(SMIME_1Y);

    f.clock.set(old.get(0).expiresAt().minusNanos(1));
    assertThat(ok(sweep(PLATFORM, 100))).isZero();
    f.clock.set(old.get(0).expiresAt());
    assertThat(f.view(old.get(0).id()).status()).isEqualTo(VoucherStatus.EXPIRED);

    assertThat(ok(sweep(PLATFORM, 100))).isEqualTo(2);

    assertThat(f.stored(old.get(0).id()).status()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(f.stored(old.get(1).id()).status()).isEqualTo(VoucherStatus.EXPIRED);
    assertThat(f.stored(pending.id()).status()).isEqualTo(VoucherStatus.PENDING);
    assertThat(f.stored(reserved.id()).status()).isEqualTo(VoucherStatus.RESERVED);
    assertThat(f.stored(younger.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(f.details(old.get(1).id()).history()).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(VoucherStatus.ASSIGNED);
      assertThat(e.to()).isEqualTo(VoucherStatus.EXPIRED);
      assertThat(e.at()).isEqualTo(old.get(0).expiresAt());
      assertThat(e.by()).isEqualTo(PLATFORM.describe());
    });
    assertThat(ok(sweep(PLATFORM, 100))).isZero();
    // a PENDING voucher is in use: still usable after its expiry
    assertThat(ok(f.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER,
        pending.code(), CallerKey.of("test")))).status())
        .isEqualTo(VoucherStatus.PENDING);
  }

  @Test
  void sweepStopsAtItsLimit_V4() {
    List<VoucherView> vouchers = f.vouchersOf(f.order(line(SMIME_1Y, 3)));
    f.clock.set(vouchers.get(0).expiresAt().plusSeconds(1));
    assertThat(ok(sweep(SUPPORT, 2))).isEqualTo(2);
    assertThat(ok(sweep(PM, 2))).isEqualTo(1);
    assertThat(ok(sweep(PM, 1))).isZero();
  }

  @Test
  void sweepCountsOnlyVouchersItActuallyWrote_V4_V7() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(s -> scripted[0] = new ScriptedVouchers(s));
    List<VoucherView> vouchers = g.vouchersOf(g.order(line(SMIME_1Y, 2)));
    g.clock.set(vouchers.get(0).expiresAt());
    scripted[0].beforeNextSweep.set(
        () -> scripted[0].reserveBehindTheServicesBack(vouchers.get(0).id()));

    assertThat(ok(g.programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(
        PLATFORM, 10))))
        .isEqualTo(1);
    assertThat(ok(g.programme.vouchers().expireDueVouchers().expire(new ExpireDueVouchers.Command(
        PLATFORM, 10))))
        .isZero();
  }

  @Test
  void onlyServicesAndStaffRunTheSweepWithAPositiveLimit_V4() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.clock.set(voucher.expiresAt());
    Refusal notPermitted = Refusal.of(ReasonCode.NOT_PERMITTED, "sweeps are run by a service or vendor staff");
    assertThat(refused(sweep(ALICE, 10))).isEqualTo(notPermitted);
    assertThat(refused(sweep(CUSTOMER, 10))).isEqualTo(notPermitted);
    assertThat(refused(sweep(PLATFORM, 0))).isEqualTo(
        Refusal.of(ReasonCode.INVALID_INPUT, "the sweep limit must be positive"));
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(ok(sweep(PLATFORM, 1))).isEqualTo(1);
  }

  // ------------------------------------------------------------------ V-5

  @Test
  void revocationWithinThirtyDaysOfTheRequestReissuesTheVoucher_V5() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.advance(Duration.ofDays(3));
    ok(submit(CUSTOMER, voucher.id(), "REQ-1"));
    f.advance(Duration.ofDays(30).minusNanos(1)); // the window's last instant is exclusive

    VoucherView reissued = ok(report(PLATFORM, voucher.id()));

    assertThat(reissued.status()).isEqualTo(VoucherStatus.VALID);
    assertThat(reissued.certificateRequest()).isEmpty();
    assertThat(reissued.expiresAt()).isEqualTo(voucher.expiresAt());
    assertThat(f.details(voucher.id()).history()).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(VoucherStatus.RESERVED);
      assertThat(e.to()).isEqualTo(VoucherStatus.VALID);
      assertThat(e.by()).isEqualTo(PLATFORM.describe());
      assertThat(e.data()).containsEntry("reference", "REQ-1");
    });
    assertThat(ok(submit(CUSTOMER, voucher.id(), "REQ-2")).certificateRequest()).contains("REQ-2");
  }

  @Test
  void reissueNearExpiryExtendsUseToThirtyDaysAfterTheRequest_V5() {
    VoucherView voucher = f.single(SMIME_1Y);
    f.clock.set(voucher.expiresAt().minus(Duration.ofDays(5)));
    Instant requested = f.clock.instant();
    ok(submit(CUSTOMER, voucher.id(), "REQ-1"));
    f.clock.set(voucher.expiresAt().plus(Duration.ofDays(10)));
    ok(redeem(PLATFORM, voucher.id()));

    VoucherView reissued = ok(report(SUPPORT, voucher.id()));

    assertThat(reissued.status()).isEqualTo(VoucherStatus.VALID);
    assertThat(reissued.expiresAt()).isEqualTo(requested.plus(Duration.ofDays(30)));
    f.clock.set(requested.plus(Duration.ofDays(30)).minusSeconds(1));
    assertThat(ok(submit(CUSTOMER, voucher.id(), "REQ-2")).status()).isEqualTo(VoucherStatus.RESERVED);
  }

  @Test
  void revocationAfterThirtyDaysChangesNothing_V5() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(submit(CUSTOMER, voucher.id(), "REQ-1"));
    f.advance(Duration.ofDays(30).plusSeconds(1));
    Voucher before = f.stored(voucher.id());

    Refusal refusal = refused(report(PLATFORM, voucher.id()));

    assertThat(refusal.codes()).containsExactly(ReasonCode.REISSUE_WINDOW_CLOSED);
    assertThat(f.stored(voucher.id())).isEqualTo(before);
  }

  @Test
  void reissueWindowIsConfigurable_V5() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withReissueWindow(Duration.ofDays(7)));
    VoucherView voucher = g.single(SMIME_1Y);
    ok(g.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), "REQ-1", Optional.empty())));
    g.advance(Duration.ofDays(8));
    assertThat(refused(g.programme.vouchers().reportCertificateRevoked().report(
        new ReportCertificateRevoked.Command(PLATFORM, voucher.id()))).codes())
        .containsExactly(ReasonCode.REISSUE_WINDOW_CLOSED);
  }

  @Test
  void revocationWithoutCertificateRequestIsRefused_V5() {
    VoucherView voucher = f.single(SMIME_1Y);
    Refusal refusal = refused(report(PLATFORM, voucher.id()));
    assertThat(refusal.has(ReasonCode.NO_CERTIFICATE_REQUEST)).isTrue();
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(refused(report(PLATFORM, new VoucherId("missing")))).isEqualTo(Refusal.notFound("voucher"));
  }

  @Test
  void onlyTheCertificatePlatformOrSupportReportRevocations_V5() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(submit(CUSTOMER, voucher.id(), "REQ-1"));
    Refusal notPermitted = Refusal.of(ReasonCode.NOT_PERMITTED,
        "revocations are reported by the certificate platform or vendor support");
    for (Actor nope : List.of(ALICE, PM, CUSTOMER)) {
      assertThat(refused(report(nope, voucher.id()))).isEqualTo(notPermitted);
    }
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.RESERVED);
    assertThat(ok(report(SUPPORT, voucher.id())).status()).isEqualTo(VoucherStatus.VALID);
  }

  // ------------------------------------------------------------------ V-8

  @Test
  void commentIsSetReplacedAndClearedWithoutAStatusMove_V8() {
    VoucherView voucher = f.single(SMIME_1Y);

    assertThat(ok(comment(ALICE, voucher.id(), "  for Jane, call back Monday  ")).comment())
        .contains("for Jane, call back Monday");
    assertThat(f.view(voucher.id()).comment()).contains("for Jane, call back Monday");
    assertThat(ok(comment(AGENT, voucher.id(), "sent by post")).comment()).contains("sent by post");
    assertThat(f.view(voucher.id()).comment()).contains("sent by post");
    assertThat(ok(comment(ALICE, voucher.id(), "   ")).comment()).isEmpty();
    assertThat(f.view(voucher.id()).comment()).isEmpty();

    assertThat(f.details(voucher.id()).history()).isEmpty();
    assertThat(f.view(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void overlongCommentIsRefusedAndTheOldOneKept_V8() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(comment(ALICE, voucher.id(), "keep me"));
    assertThat(refused(comment(ALICE, voucher.id(), "c".repeat(2001)))).isEqualTo(
        Refusal.of(ReasonCode.INVALID_INPUT, "a comment must be at most 2000 characters, got 2001"));
    assertThat(f.view(voucher.id()).comment()).contains("keep me");
    assertThat(ok(comment(ALICE, voucher.id(), " " + "c".repeat(2000) + " ")).comment())
        .contains("c".repeat(2000));
  }
}
