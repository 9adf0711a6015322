// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** D-1 domain-control challenges and D-2 mandates through the services. */
class DomainControlAndMandateTest {

  private static final OrganisationId ORG = new OrganisationId("org-acme-customer");

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, DomainChallenge> issue(VoucherView voucher, String domain) {
    return f.programme.vouchers().issueDomainChallenge().issue(new IssueDomainChallenge.Command(
        CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), domain));
  }

  private Either<Refusal, DomainChallenge> verify(VoucherView voucher) {
    return f.programme.vouchers().verifyDomainControl().verify(new VerifyDomainControl.Command(
        CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test"))));
  }

  private Either<Refusal, VoucherView> submit(VoucherView voucher, Optional<OrganisationId> org) {
    return f.programme.vouchers().submitCertificateRequest().submit(
        new SubmitCertificateRequest.Command(
        CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), "REQ-9", org));
  }

  private Either<Refusal, Mandate> mandate(Actor by, OrganisationId org, String reference,
      Optional<Instant> validUntil) {
    return f.programme.partners().registerMandate().register(
        new RegisterMandate.Command(by, org, reference, validUntil));
  }

  // ------------------------------------------------------------------ D-1

  @Test
  void challengeNamesASecretAndWhereToPublishIt_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);

    DomainChallenge challenge = ok(issue(voucher, " Shop.Example.COM. "));

    assertThat(challenge.domain()).isEqualTo(new DomainName("shop.example.com"));
    assertThat(challenge.checkName()).isEqualTo("_voucher-challenge");
    assertThat(challenge.secret()).matches("[0-9a-hjkmnp-tv-z]{26}");
    assertThat(challenge.issuedAt()).isEqualTo(f.clock.instant());
    assertThat(challenge.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(7)));
    assertThat(challenge.verifiedAt()).isEmpty();
    assertThat(f.stored(voucher.id()).domainChallenge()).contains(challenge);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(f.details(voucher.id()).history()).isEmpty();

    DomainChallenge second = ok(issue(voucher, "shop.example.com"));
    assertThat(second.secret()).isNotEqualTo(challenge.secret());
    assertThat(f.stored(voucher.id()).domainChallenge()).contains(second);
  }

  @Test
  void checkNameAndValidityComeFromTheSettings_D1() {
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withDomainCheckName("_acme-proof")
        .withDomainChallengeValidity(Duration.ofDays(2)));
    VoucherView voucher = g.single(SSL_DV_1Y);
    DomainChallenge challenge = ok(g.programme.vouchers().issueDomainChallenge().issue(
        new IssueDomainChallenge.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")), "example.org")));
    assertThat(challenge.checkName()).isEqualTo("_acme-proof");
    assertThat(challenge.dnsRecordName()).isEqualTo("_acme-proof.example.org");
    assertThat(challenge.expiresAt()).isEqualTo(g.clock.instant().plus(Duration.ofDays(2)));
    g.probe.publishTxt("_acme-proof.example.org", challenge.secret());
    assertThat(ok(g.programme.vouchers().verifyDomainControl().verify(
        new VerifyDomainControl.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test"))))).verified()).isTrue();
  }

  @Test
  void malformedDomainIsRefusedAndNoChallengeIssued_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    assertThat(refused(issue(voucher, "not a domain"))).isEqualTo(
        Refusal.of(ReasonCode.INVALID_INPUT, "'not a domain' is not a domain name"));
    assertThat(refused(issue(voucher, "*.example.com")).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.stored(voucher.id()).domainChallenge()).isEmpty();
  }

  @Test
  void challengeIsOnlyForDomainValidatedProducts_D1() {
    VoucherView voucher = f.single(SMIME_1Y);
    assertThat(refused(issue(voucher, "example.com"))).isEqualTo(
        Refusal.of(ReasonCode.INVALID_INPUT, "S/MIME Basic needs no proof of domain control"));
    assertThat(f.stored(voucher.id()).domainChallenge()).isEmpty();
  }

  @Test
  void challengeNeedsAnUnusedVoucher_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(voucher.code(), CallerKey.of("test")))));
    assertThat(refused(issue(voucher, "example.com")).codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
  }

  @Test
  void verifyingWithoutAChallengeIsRefused_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    assertThat(refused(verify(voucher))).isEqualTo(Refusal.of(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN,
        "no domain-control challenge was issued for this voucher"));
  }

  @Test
  void unpublishedOrWrongSecretIsNotProof_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    DomainChallenge challenge = ok(issue(voucher, "example.com"));
    assertThat(refused(verify(voucher)).codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    f.probe.publishWeb("example.com", challenge.checkName(), "something else");
    f.probe.publishTxt(challenge.dnsRecordName(), "v=spf1 -all");
    assertThat(refused(verify(voucher)).codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    f.probe.publishWeb("other.example", challenge.checkName(), challenge.secret());
    assertThat(refused(verify(voucher)).codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    assertThat(f.stored(voucher.id()).domainChallenge()).contains(challenge);
  }

  @Test
  void secretServedOverTheWebProvesControl_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    DomainChallenge challenge = ok(issue(voucher, "example.com"));
    f.advance(Duration.ofHours(3));
    f.probe.publishWeb("example.com", "_voucher-challenge", "  " + challenge.secret() + "\n");

    DomainChallenge verified = ok(verify(voucher));

    assertThat(verified.verifiedAt()).contains(f.clock.instant());
    assertThat(verified.secret()).isEqualTo(challenge.secret());
    assertThat(f.stored(voucher.id()).domainChallenge()).contains(verified);
  }

  @Test
  void secretInATxtRecordProvesControl_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    DomainChallenge challenge = ok(issue(voucher, "example.com"));
    f.probe.publishTxt("_voucher-challenge.example.com", "unrelated", challenge.secret());
    assertThat(ok(verify(voucher)).verified()).isTrue();
  }

  @Test
  void expiredChallengeCannotBeMet_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    DomainChallenge challenge = ok(issue(voucher, "example.com"));
    f.clock.set(challenge.expiresAt().plusSeconds(1));
    f.probe.publishTxt(challenge.dnsRecordName(), challenge.secret());
    assertThat(refused(verify(voucher)).codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
  }

  @Test
  void certificateRequestIsRefusedBeforeVerificationAndAcceptedAfter_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    assertThat(refused(submit(voucher, Optional.empty())).reasons()).containsExactly(Reason.of(
        ReasonCode.DOMAIN_CONTROL_NOT_PROVEN, "control of the domain has not been proven for this voucher"));
    DomainChallenge challenge = ok(issue(voucher, "example.com"));
    assertThat(refused(submit(voucher, Optional.empty())).codes())
        .containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);

    f.probe.publishWeb("example.com", challenge.checkName(), challenge.secret());
    ok(verify(voucher));
    assertThat(ok(submit(voucher, Optional.empty())).status()).isEqualTo(VoucherStatus.RESERVED);
    // the request is bound to the proven domain, on record in the history (V-2, D-1)
    assertThat(f.details(voucher.id()).history()).last()
        .satisfies(e -> assertThat(e.data()).containsEntry("domain", "example.com"));
  }

  @Test
  void anotherPartnersUserCannotIssueAChallengeForTheVoucher_A1_D1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    Refusal foreign = refused(f.programme.vouchers().issueDomainChallenge().issue(
        new IssueDomainChallenge.Command(
        BOB, VoucherRef.id(voucher.id()), "example.com")));
    assertThat(foreign).isEqualTo(Refusal.notFound("voucher"));
    ok(f.programme.vouchers().issueDomainChallenge().issue(new IssueDomainChallenge.Command(
        ALICE, VoucherRef.id(voucher.id()), "example.com")));
  }

  // ------------------------------------------------------------------ D-2

  @Test
  void mandatesAreRecordedByVendorStaffOnly_D2() {
    Refusal refusal = refused(mandate(ALICE, ORG, "POA-1", Optional.empty()));
    assertThat(refusal).isEqualTo(Refusal.of(ReasonCode.NOT_PERMITTED, "mandates are recorded by vendor staff"));
    assertThat(refused(mandate(CUSTOMER, ORG, "POA-1", Optional.empty()))).isEqualTo(refusal);
    assertThat(f.store.mandates().of(ORG)).isEmpty();

    Mandate recorded = ok(mandate(SUPPORT, ORG, "  archive/POA-1.pdf ", Optional.empty()));
    assertThat(recorded).isEqualTo(new Mandate(ORG, "archive/POA-1.pdf", f.clock.instant(),
        SUPPORT.describe(), Optional.empty()));
    ok(mandate(PM, ORG, "POA-2", Optional.empty()));
    assertThat(f.store.mandates().of(ORG)).hasSize(2).first().isEqualTo(recorded);
  }

  @Test
  void mandateReferenceMustBeOneToTwoHundredCharacters_D2() {
    Refusal blank = refused(mandate(SUPPORT, ORG, "  ", Optional.empty()));
    assertThat(blank).isEqualTo(Refusal.of(ReasonCode.INVALID_INPUT,
        "the document reference must be 1..200 characters"));
    assertThat(refused(mandate(SUPPORT, ORG, "x".repeat(201), Optional.empty()))).isEqualTo(blank);
    assertThat(f.store.mandates().of(ORG)).isEmpty();
    ok(mandate(SUPPORT, ORG, "x".repeat(200), Optional.empty()));
  }

  @Test
  void requestForAMandateProductIsRefusedWithoutAnOrganisationOrMandate_D2() {
    VoucherView voucher = f.single(ORG_CERT_1Y);

    assertThat(refused(submit(voucher, Optional.empty())).reasons()).containsExactly(Reason.of(
        ReasonCode.MANDATE_MISSING,
        "Organisation Certificate requires a power of attorney: name the organisation"));
    assertThat(refused(submit(voucher, Optional.of(ORG))).reasons()).containsExactly(Reason.of(
        ReasonCode.MANDATE_MISSING, "no power of attorney is on file for org-acme-customer"));
    ok(mandate(SUPPORT, new OrganisationId("someone-else"), "POA-X", Optional.empty()));
    assertThat(refused(submit(voucher, Optional.of(ORG))).codes()).containsExactly(ReasonCode.MANDATE_MISSING);
    assertThat(f.stored(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);

    ok(mandate(SUPPORT, ORG, "POA-1", Optional.empty()));
    VoucherView reserved = ok(submit(voucher, Optional.of(ORG)));
    assertThat(reserved.status()).isEqualTo(VoucherStatus.RESERVED);
    assertThat(reserved.certificateRequest()).contains("REQ-9");
    assertThat(f.stored(voucher.id()).certificateRequest().orElseThrow().organisation()).contains(ORG);
  }

  @Test
  void mandateNoLongerInForceDoesNotCount_D2() {
    VoucherView voucher = f.single(ORG_CERT_1Y);
    ok(mandate(SUPPORT, ORG, "POA-old", Optional.of(f.clock.instant().plus(Duration.ofDays(1)))));
    f.advance(Duration.ofDays(1));
    assertThat(refused(submit(voucher, Optional.of(ORG))).codes()).containsExactly(ReasonCode.MANDATE_MISSING);
    ok(mandate(SUPPORT, ORG, "POA-new", Optional.of(f.clock.instant().plus(Duration.ofDays(365)))));
    assertThat(ok(submit(voucher, Optional.of(ORG))).status()).isEqualTo(VoucherStatus.RESERVED);
  }

  @Test
  void productWithoutMandateNeedsNone_D2() {
    VoucherView voucher = f.single(SMIME_1Y);
    assertThat(ok(submit(voucher, Optional.of(ORG))).status()).isEqualTo(VoucherStatus.RESERVED);
  }
}
