// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The end customer's redemption, code in hand (C-4, C-5, V-1, D-1, D-2, P-2). No header is
 * needed: possession of the code is the authorisation, and the caller acts as a {@link
 * Actor.CodeHolder} labelled {@code api-<client address>} in the voucher's history. Every
 * code travels in the request body, never in a URL, so that it stays out of access logs.
 * Unknown, cancelled and expired codes get one and the same answer (C-5).
 */
@RestController
@RequestMapping("/api/redemptions")
class RedemptionsController {
  private final LookUpCode lookUpCode;
  private final FollowActivationLink followActivationLink;
  private final StartOrganisationActivation startOrganisationActivation;
  private final IssueDomainChallenge issueDomainChallenge;
  private final VerifyDomainControl verifyDomainControl;
  private final SubmitCertificateRequest submitCertificateRequest;
  private final MarkRedeemed markRedeemed;

  RedemptionsController(LookUpCode lookUpCode, FollowActivationLink followActivationLink,
      StartOrganisationActivation startOrganisationActivation,
      IssueDomainChallenge issueDomainChallenge, VerifyDomainControl verifyDomainControl,
      SubmitCertificateRequest submitCertificateRequest, MarkRedeemed markRedeemed) {
    this.lookUpCode = lookUpCode;
    this.followActivationLink = followActivationLink;
    this.startOrganisationActivation = startOrganisationActivation;
    this.issueDomainChallenge = issueDomainChallenge;
    this.verifyDomainControl = verifyDomainControl;
    this.submitCertificateRequest = submitCertificateRequest;
    this.markRedeemed = markRedeemed;
  }

  /** C-4, C-5: what the code is for and which steps it needs. */
  @PostMapping("/lookup")
  VoucherJsons.LookupJson lookUp(@RequestBody Bodies.CodeBody body, HttpServletRequest request) {
    return VoucherJsons.LookupJson.of(Problems.orRefuse(lookUpCode.lookUp(
        new LookUpCode.Command(holder(request), Bodies.required(body.code(), "code"),
            caller(request)))));
  }

  /**
   * G-2, C-5: what the voucher of a followed activation link is for, like a code's lookup; a
   * withdrawn or replaced link gets the answer of an unknown code.
   */
  @PostMapping("/link")
  VoucherJsons.LookupJson followLink(@RequestBody Bodies.LinkBody body, HttpServletRequest request) {
    return VoucherJsons.LookupJson.of(Problems.orRefuse(followActivationLink.follow(
        new FollowActivationLink.Command(holder(request), Bodies.required(body.link(), "link"),
            caller(request)))));
  }

  /** V-1, P-2: starts the organisation activation; the voucher is PENDING. */
  @PostMapping("/organisation-activation")
  VoucherJsons.RedemptionJson startOrganisationActivation(@RequestBody Bodies.CodeBody body,
      HttpServletRequest request) {
    return VoucherJsons.RedemptionJson.of(Problems.orRefuse(startOrganisationActivation.start(
        new StartOrganisationActivation.Command(holder(request), code(body.code(), request)))));
  }

  /** D-1: a random secret to publish on the web or in DNS, and where. */
  @PostMapping("/domain-challenge")
  VoucherJsons.ChallengeJson issueDomainChallenge(@RequestBody Bodies.DomainBody body,
      HttpServletRequest request) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.code(), "code");
    missing.check(body.domain(), "domain");
    missing.throwIfAny();
    return VoucherJsons.ChallengeJson.of(Problems.orRefuse(issueDomainChallenge.issue(
        new IssueDomainChallenge.Command(holder(request), code(body.code(), request),
            java.util.Objects.requireNonNull(body.domain())))));
  }

  /** D-1: looks for the published secret and decides whether control is proven. */
  @PostMapping("/domain-challenge/verification")
  VoucherJsons.ChallengeJson verifyDomainControl(@RequestBody Bodies.CodeBody body,
      HttpServletRequest request) {
    return VoucherJsons.ChallengeJson.of(Problems.orRefuse(verifyDomainControl.verify(
        new VerifyDomainControl.Command(holder(request), code(body.code(), request)))));
  }

  /** V-1, D-1, D-2: submits the certificate request; the voucher is RESERVED. */
  @PostMapping("/certificate-request")
  VoucherJsons.RedemptionJson submitCertificateRequest(@RequestBody Bodies.CertificateRequestBody body,
      HttpServletRequest request) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.code(), "code");
    missing.check(body.reference(), "reference");
    missing.throwIfAny();
    Optional<OrganisationId> organisation = Optional.ofNullable(body.organisation())
        .filter(o -> !o.isBlank())
        .map(o -> Ids.parse(o.strip(), "organisation", OrganisationId::of));
    return VoucherJsons.RedemptionJson.of(Problems.orRefuse(submitCertificateRequest.submit(
        new SubmitCertificateRequest.Command(holder(request), code(body.code(), request),
            java.util.Objects.requireNonNull(body.reference()), organisation))));
  }

  /**
   * V-1, V-7: the certificate was obtained or the platform opened with the code; of two
   * redemptions racing for one code exactly one wins.
   */
  @PostMapping
  VoucherJsons.RedemptionJson redeem(@RequestBody Bodies.CodeBody body, HttpServletRequest request) {
    return VoucherJsons.RedemptionJson.of(Problems.orRefuse(markRedeemed.redeem(
        new MarkRedeemed.Command(holder(request), code(body.code(), request)))));
  }

  private static VoucherRef code(@org.jspecify.annotations.Nullable String code,
      HttpServletRequest request) {
    return VoucherRef.code(Bodies.required(code, "code"), caller(request));
  }

  /** G-1: failed code attempts count per client address. */
  private static CallerKey caller(HttpServletRequest request) {
    return CallerKey.of("ip:" + request.getRemoteAddr());
  }

  /** The end customer, labelled for the history (V-2). */
  private static Actor holder(HttpServletRequest request) {
    return new Actor.CodeHolder("api-" + request.getRemoteAddr());
  }
}
