// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the invitation e-mail's link leads ({@code <base>/invitations/<token>}, I-1): the
 * invitee gives contact and organisation data and accepts, which creates the sub-account
 * (I-3). The token is the authorisation; nobody needs to be signed in. A link that cannot be
 * used (unknown, resent, cancelled, expired, already accepted, mangled) gets one answer, so
 * links cannot be probed.
 */
@Controller
final class InvitationAcceptanceController {
  /** The one thing a visitor learns about a dead link. */
  static final String DEAD_LINK = "This invitation link cannot be used. It may have been"
      + " replaced by a newer e-mail, cancelled, already used or expired; please ask whoever"
      + " invited you to send a new one.";

  private final AcceptInvitation acceptInvitation;

  InvitationAcceptanceController(AcceptInvitation acceptInvitation) {
    this.acceptInvitation = acceptInvitation;
  }

  /** The invitee, known only by the link in hand. */
  private static Actor invitee(HttpSession session) {
    return new Actor.CodeHolder("web-session-"
        + Integer.toHexString(session.getId().hashCode()));
  }

  /** The form; whether the link still works is only told when it is used. */
  @GetMapping("/invitations/{token}")
  String form(@PathVariable String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("applicant", new Applicant("", "", "", "", ""));
    return "accept-invitation";
  }

  /** I-3: accepts; the sub-account exists, or the form shows every problem. */
  @PostMapping("/invitations/{token}")
  String accept(@PathVariable String token, @RequestParam(defaultValue = "") String contactName,
      @RequestParam(defaultValue = "") String contactEmail,
      @RequestParam(defaultValue = "") String organisationName,
      @RequestParam(defaultValue = "") String organisationAddress,
      @RequestParam(defaultValue = "") String country, HttpSession session, Model model,
      RedirectAttributes redirect) {
    Applicant applicant = new Applicant(contactName, contactEmail, organisationName,
        organisationAddress, country);
    Either<Refusal, SubAccount> accepted = acceptInvitation.accept(
        new AcceptInvitation.Command(invitee(session), token, applicant));
    if (accepted.isRight()) {
      redirect.addFlashAttribute("subAccount", accepted.get());
      return "redirect:/invitations/accepted";
    }
    Refusal refusal = accepted.getLeft();
    if (refusal.has(ReasonCode.INVITATION_NOT_ACCEPTABLE)) {
      // one answer for every dead link, whatever else was wrong with the form
      model.addAttribute("deadLink", DEAD_LINK);
      return "accept-invitation";
    }
    model.addAttribute("token", token);
    model.addAttribute("applicant", applicant);
    model.addAttribute("refusal", refusal);
    return "accept-invitation";
  }

  /** After accepting: what was created. */
  @GetMapping("/invitations/accepted")
  String accepted() {
    return "invitation-accepted";
  }
}
