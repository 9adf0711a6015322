// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
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
  private final FollowActivationLink followActivationLink;
  private final StartOrganisationActivation startOrganisationActivation;
  private final IssueDomainChallenge issueDomainChallenge;
  private final VerifyDomainControl verifyDomainControl;
  private final SubmitCertificateRequest submitCertificateRequest;
  private final MarkRedeemed markRedeemed;
  private final ObjectProvider<DemoZone> demoZone;
  private final Texts texts;

  RedeemController(LookUpCode lookUpCode, FollowActivationLink followActivationLink,
      StartOrganisationActivation startOrganisationActivation,
      IssueDomainChallenge issueDomainChallenge, VerifyDomainControl verifyDomainControl,
      SubmitCertificateRequest submitCertificateRequest, MarkRedeemed markRedeemed,
      ObjectProvider<DemoZone> demoZone, Texts texts) {
    this.lookUpCode = lookUpCode;
    this.followActivationLink = followActivationLink;
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

  /**
   * The page for a typed code ({@code ?code=}) or a followed activation link ({@code ?link=},
   * G-2): a link works only while it is its voucher's current link; a dead one gets the answer
   * of an unknown code (C-5). The steps below then name the voucher the same way.
   */
  @GetMapping("/redeem")
  String page(@RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String link, HttpSession session,
      HttpServletRequest request, Model model) {
    boolean byLink = link != null && !link.isBlank();
    if (!byLink && (code == null || code.isBlank())) {
      return "redeem";
    }
    Either<Refusal, RedeemableVoucher> found;
    if (byLink) {
      model.addAttribute("link", link);
      found = followActivationLink.follow(
          new FollowActivationLink.Command(customer(session), link, caller(request)));
    } else {
      model.addAttribute("code", code);
      found = lookUpCode.lookUp(new LookUpCode.Command(customer(session), code, caller(request)));
    }
    if (found.isLeft()) {
      model.addAttribute("problem", friendly(found.getLeft()));
      return "redeem";
    }
    model.addAttribute("voucher", found.get());
    model.addAttribute("challenge", challenges(session).get(handle(code, link)));
    model.addAttribute("demoZone", demoZone.getIfAvailable());
    return "redeem";
  }

  /**
   * G-2: how the steps name the voucher: by the followed link's token when there is one, else
   * by the typed code.
   */
  private static VoucherRef ref(String code, String link, HttpServletRequest request) {
    return link.isBlank() ? VoucherRef.code(code, caller(request))
        : VoucherRef.link(link, caller(request));
  }

  /** The key of the session's domain challenges: the link or the code. */
  private static String handle(@Nullable String code, @Nullable String link) {
    return link != null && !link.isBlank() ? "link:" + link : "code:" + code;
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
  String activate(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(startOrganisationActivation.start(new StartOrganisationActivation.Command(
        customer(session), ref(code, link, request))), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.activation-started")));
    return back(code, link);
  }

  @PostMapping("/redeem/domain-challenge")
  String challenge(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      @RequestParam String domain, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(issueDomainChallenge.issue(new IssueDomainChallenge.Command(
        customer(session), ref(code, link, request), domain)), redirect,
        issued -> {
          challenges(session).put(handle(code, link), issued);
          redirect.addFlashAttribute("notice", texts.get("notice.domain-check-started",
              issued.domain().value()));
        });
    return back(code, link);
  }

  @PostMapping("/redeem/domain-challenge/verification")
  String verify(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(verifyDomainControl.verify(new VerifyDomainControl.Command(
        customer(session), ref(code, link, request))), redirect,
        verified -> {
          challenges(session).put(handle(code, link), verified);
          redirect.addFlashAttribute("notice", texts.get("notice.domain-proven",
              verified.domain().value()));
        });
    return back(code, link);
  }

  /**
   * D-1 in the demo: publishes the secret as a TXT record in the demo zone, as the customer
   * would at their DNS provider. Only for demo domains; real domains are checked for real.
   */
  @PostMapping("/redeem/demo-zone")
  String publish(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      HttpSession session, RedirectAttributes redirect) {
    DomainChallenge challenge = challenges(session).get(handle(code, link));
    DemoZone zone = demoZone.getIfAvailable();
    if (challenge == null || zone == null || !zone.covers(challenge.domain())) {
      redirect.addFlashAttribute("problem", texts.get("redeem.only-demo"));
      return back(code, link);
    }
    zone.publishTxt(challenge.dnsRecordName(), challenge.secret());
    redirect.addFlashAttribute("notice", texts.get("notice.demo-zone-published",
        challenge.dnsRecordName()));
    return back(code, link);
  }

  @PostMapping("/redeem/certificate-request")
  String request(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      @RequestParam String reference,
      @RequestParam(defaultValue = "") String organisation, HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    Optional<OrganisationId> org = organisation.isBlank() ? Optional.empty()
        : WebSupport.id(organisation.trim(), OrganisationId::new);
    if (!organisation.isBlank() && org.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("redeem.organisation-too-long"));
      return back(code, link);
    }
    WebSupport.tell(submitCertificateRequest.submit(new SubmitCertificateRequest.Command(
        customer(session), ref(code, link, request), reference, org)), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.request-submitted",
            reference)));
    return back(code, link);
  }

  @PostMapping("/redeem/platform")
  String platform(@RequestParam String code, @RequestParam(defaultValue = "") String link,
      HttpSession session,
      HttpServletRequest request, RedirectAttributes redirect) {
    WebSupport.tell(markRedeemed.redeem(new MarkRedeemed.Command(customer(session),
        ref(code, link, request))), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.redeemed")));
    return back(code, link);
  }

  private static String back(String code, String link) {
    return link.isBlank()
        ? "redirect:/redeem?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
        : "redirect:/redeem?link=" + URLEncoder.encode(link, StandardCharsets.UTF_8);
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
