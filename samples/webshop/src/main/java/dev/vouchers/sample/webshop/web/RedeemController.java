// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.sample.webshop.demo.DemoZone;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end customer's page, where the activation link leads (C-6): enter the code (typos are
 * caught by the check symbol, C-4), start organisation activation (P-2), prove domain control
 * (D-1) and submit the certificate request (V-1, D-2).
 */
@Controller
final class RedeemController {
  private static final String CHALLENGES = "domainChallenges";

  private final LookUpCode lookUpCode;
  private final StartOrganisationActivation startOrganisationActivation;
  private final IssueDomainChallenge issueDomainChallenge;
  private final VerifyDomainControl verifyDomainControl;
  private final SubmitCertificateRequest submitCertificateRequest;
  private final MarkRedeemed markRedeemed;
  private final ObjectProvider<DemoZone> demoZone;
  private final Texts texts;

  RedeemController(LookUpCode lookUpCode,
      StartOrganisationActivation startOrganisationActivation,
      IssueDomainChallenge issueDomainChallenge, VerifyDomainControl verifyDomainControl,
      SubmitCertificateRequest submitCertificateRequest, MarkRedeemed markRedeemed,
      ObjectProvider<DemoZone> demoZone, Texts texts) {
    this.lookUpCode = lookUpCode;
    this.startOrganisationActivation = startOrganisationActivation;
    this.issueDomainChallenge = issueDomainChallenge;
    this.verifyDomainControl = verifyDomainControl;
    this.submitCertificateRequest = submitCertificateRequest;
    this.markRedeemed = markRedeemed;
    this.demoZone = demoZone;
    this.texts = texts;
  }

  /**
   * G-1: whose failed code attempts count together: the client's address (a session would be
   * dropped by a guesser; behind a proxy, use the address it forwards).
   */
  private static CallerKey caller(HttpServletRequest request) {
    return CallerKey.of("ip:" + request.getRemoteAddr());
  }

  /** The end customer, known only by the code in hand. */
  private static Actor customer(HttpSession session) {
    return new Actor.CodeHolder("web-session-" + Integer.toHexString(session.getId().hashCode()));
  }

  @GetMapping("/redeem")
  String page(@RequestParam(required = false) @Nullable String code, HttpSession session,
      HttpServletRequest request, Model model) {
    if (code == null || code.isBlank()) {
      return "redeem";
    }
    model.addAttribute("code", code);
    Either<Refusal, RedeemableVoucher> found =
        lookUpCode.lookUp(new LookUpCode.Command(customer(session), code, caller(request)));
    if (found.isLeft()) {
      model.addAttribute("problem", friendly(found.getLeft()));
      return "redeem";
    }
    model.addAttribute("voucher", found.get());
    model.addAttribute("challenge", challenges(session).get(code));
    model.addAttribute("demoZone", demoZone.getIfAvailable());
    return "redeem";
  }

  /** C-4, C-5: what an end customer is told; never whether an unknown code exists. */
  private String friendly(Refusal refusal) {
    if (refusal.has(ReasonCode.MALFORMED_CODE)) {
      return texts.get("redeem.typo");
    }
    if (refusal.has(ReasonCode.CODE_NOT_REDEEMABLE)) {
      return texts.get("redeem.not-redeemable");
    }
    return refusal.reasons().get(0).render(LocaleContextHolder.getLocale());
  }

  @PostMapping("/redeem/activation")
  String activate(@RequestParam String code, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(startOrganisationActivation.start(new StartOrganisationActivation.Command(
        customer(session), VoucherRef.code(code, caller(request)))), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.activation-started")));
    return back(code);
  }

  @PostMapping("/redeem/domain-challenge")
  String challenge(@RequestParam String code, @RequestParam String domain, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(issueDomainChallenge.issue(new IssueDomainChallenge.Command(
        customer(session), VoucherRef.code(code, caller(request)), domain)), redirect,
        issued -> {
          challenges(session).put(code, issued);
          redirect.addFlashAttribute("notice", texts.get("notice.domain-check-started",
              issued.domain().value()));
        });
    return back(code);
  }

  @PostMapping("/redeem/domain-challenge/verification")
  String verify(@RequestParam String code, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(verifyDomainControl.verify(new VerifyDomainControl.Command(
        customer(session), VoucherRef.code(code, caller(request)))), redirect,
        verified -> {
          challenges(session).put(code, verified);
          redirect.addFlashAttribute("notice", texts.get("notice.domain-proven",
              verified.domain().value()));
        });
    return back(code);
  }

  /**
   * D-1 in the demo: publishes the secret as a TXT record in the demo zone, as the customer
   * would at their DNS provider. Only for demo domains; real domains are checked for real.
   */
  @PostMapping("/redeem/demo-zone")
  String publish(@RequestParam String code, HttpSession session, RedirectAttributes redirect) {
    DomainChallenge challenge = challenges(session).get(code);
    DemoZone zone = demoZone.getIfAvailable();
    if (challenge == null || zone == null || !zone.covers(challenge.domain())) {
      redirect.addFlashAttribute("problem", texts.get("redeem.only-demo"));
      return back(code);
    }
    zone.publishTxt(challenge.dnsRecordName(), challenge.secret());
    redirect.addFlashAttribute("notice", texts.get("notice.demo-zone-published",
        challenge.dnsRecordName()));
    return back(code);
  }

  @PostMapping("/redeem/certificate-request")
  String request(@RequestParam String code, @RequestParam String reference,
      @RequestParam(defaultValue = "") String organisation, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    Optional<OrganisationId> org = organisation.isBlank() ? Optional.empty()
        : WebSupport.id(organisation.trim(), OrganisationId::new);
    if (!organisation.isBlank() && org.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("redeem.organisation-too-long"));
      return back(code);
    }
    WebSupport.tell(submitCertificateRequest.submit(new SubmitCertificateRequest.Command(
        customer(session), VoucherRef.code(code, caller(request)), reference, org)), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.request-submitted",
            reference)));
    return back(code);
  }

  @PostMapping("/redeem/platform")
  String platform(@RequestParam String code, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(markRedeemed.redeem(new MarkRedeemed.Command(customer(session),
        VoucherRef.code(code, caller(request)))), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.redeemed")));
    return back(code);
  }

  private static String back(String code) {
    return "redirect:/redeem?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, DomainChallenge> challenges(HttpSession session) {
    Object stored = session.getAttribute(CHALLENGES);
    if (stored instanceof Map<?, ?> map) {
      return (Map<String, DomainChallenge>) map;
    }
    Map<String, DomainChallenge> fresh = new HashMap<>();
    session.setAttribute(CHALLENGES, fresh);
    return fresh;
  }
}
