// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerDetails;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's staff: change a partner's tier (T-5), record a mandate (D-2), report a
 * certificate revoked (V-5).
 */
@Controller
final class StaffController {
  private static final Formats FORMATS = new Formats();
  static final List<Tier> TIERS = List.of(Tier.ENTRY, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);

  private final GetPartner getPartner;
  private final SetPartnerTier setPartnerTier;
  private final RegisterMandate registerMandate;
  private final ReportCertificateRevoked reportCertificateRevoked;
  private final Texts texts;

  StaffController(GetPartner getPartner, SetPartnerTier setPartnerTier,
      RegisterMandate registerMandate, ReportCertificateRevoked reportCertificateRevoked,
      Texts texts) {
    this.texts = texts;
    this.getPartner = getPartner;
    this.setPartnerTier = setPartnerTier;
    this.registerMandate = registerMandate;
    this.reportCertificateRevoked = reportCertificateRevoked;
  }

  @GetMapping("/staff")
  String page(DemoUser me, Model model) {
    List<PartnerDetails> partners = new ArrayList<>();
    for (DemoUsers.DemoPartner partner : DemoUsers.PARTNERS) {
      getPartner.get(new GetPartner.Command(me.principal(), partner.id()))
          .forEach(partners::add);
    }
    model.addAttribute("partners", partners);
    model.addAttribute("tiers", TIERS);
    return "staff";
  }

  @PostMapping("/staff/tier")
  String tier(@RequestParam String partner, @RequestParam String tier,
      @RequestParam(defaultValue = "false") boolean confirmed,
      DemoUser me, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<PartnerId> id = WebSupport.id(partner, PartnerId::new);
    Optional<Tier> to = WebSupport.id(tier, Tier::new);
    if (id.isEmpty() || to.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("staff.choose-tier"));
      return "redirect:/staff";
    }
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.tier",
          DemoUsers.partnerName(id.get()), FORMATS.tier(to.get())), "/staff");
    }
    WebSupport.tell(setPartnerTier.set(new SetPartnerTier.Command(me.principal(),
        id.get(), to.get())), redirect, change -> redirect.addFlashAttribute(
            "notice", texts.get("notice.tier-changed", DemoUsers.partnerName(change.partner()),
                FORMATS.tier(change.from()), FORMATS.tier(change.to()))));
    return "redirect:/staff";
  }

  @PostMapping("/staff/mandates")
  String mandate(@RequestParam String organisation, @RequestParam String document,
      @RequestParam(defaultValue = "") String validUntil, DemoUser me,
      RedirectAttributes redirect) {
    Optional<java.time.Instant> until;
    try {
      until = validUntil.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(validUntil)
          .atTime(LocalTime.MAX).atZone(Formats.ZONE).toInstant());
    } catch (DateTimeParseException e) {
      redirect.addFlashAttribute("problem", texts.get("problem.not-a-date", validUntil));
      return "redirect:/staff";
    }
    if (organisation.isBlank()) {
      redirect.addFlashAttribute("problem", texts.get("problem.mandate-organisation"));
      return "redirect:/staff";
    }
    Optional<OrganisationId> org = WebSupport.id(organisation.trim(), OrganisationId::new);
    if (org.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("problem.organisation-id"));
      return "redirect:/staff";
    }
    WebSupport.tell(registerMandate.register(new RegisterMandate.Command(me.principal(),
        org.get(), document, until)), redirect,
        mandate -> redirect.addFlashAttribute("notice", texts.get("notice.mandate",
            organisation.trim())));
    return "redirect:/staff";
  }

  @PostMapping("/staff/revocations")
  String revoked(@RequestParam String voucher,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model, RedirectAttributes redirect) {
    if (voucher.isBlank()) {
      redirect.addFlashAttribute("problem", texts.get("problem.voucher-id"));
      return "redirect:/staff";
    }
    Optional<VoucherId> id = WebSupport.id(voucher.trim(), VoucherId::of);
    if (id.isEmpty()) {
      return WebSupport.notFound(redirect, "voucher", "redirect:/staff");
    }
    if (!confirmed) {
      return Confirmations.ask(request, model, texts.get("confirm.revocation",
          new Formats().voucherNo(id.get())), "/staff");
    }
    WebSupport.tell(reportCertificateRevoked.report(new ReportCertificateRevoked.Command(
        me.principal(), id.get())), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.revocation",
            new Formats().voucherNo(view),
            texts.get("status.voucher." + view.status().name()))));
    return "redirect:/staff";
  }
}
