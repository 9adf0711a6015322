// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sub-account invitations (I-1..I-3): a partner invites by e-mail, lists its invitations with
 * their status as of now, reads one with its history, resends it (new link, the old one stops
 * working) and cancels it; the invitee accepts with the token of the link. Accepting needs no
 * header: the token is the authorisation, and it travels in the request body, never in a URL.
 * Every dead token (unknown, resent, cancelled, expired, accepted, malformed) gets one answer,
 * {@code 409 invitation-not-acceptable}.
 */
@RestController
class InvitationsController {
  private final InviteSubAccount inviteSubAccount;
  private final ListInvitations listInvitations;
  private final GetInvitation getInvitation;
  private final ResendInvitation resendInvitation;
  private final CancelInvitation cancelInvitation;
  private final AcceptInvitation acceptInvitation;

  InvitationsController(InviteSubAccount inviteSubAccount, ListInvitations listInvitations,
      GetInvitation getInvitation, ResendInvitation resendInvitation,
      CancelInvitation cancelInvitation, AcceptInvitation acceptInvitation) {
    this.inviteSubAccount = inviteSubAccount;
    this.listInvitations = listInvitations;
    this.getInvitation = getInvitation;
    this.resendInvitation = resendInvitation;
    this.cancelInvitation = cancelInvitation;
    this.acceptInvitation = acceptInvitation;
  }

  /**
   * I-1: invites; 201 with the invitation, the e-mail goes out through the outbox. G-3: with an
   * {@code Idempotency-Key}, the same request again invites no one.
   */
  @PostMapping("/api/partners/{partner}/invitations")
  ResponseEntity<SubAccountsJson.InvitationJson> invite(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestBody SubAccountBodies.InvitationBody body,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) @Nullable String key) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.email(), "email");
    missing.check(body.type(), "type");
    missing.throwIfAny();
    SubAccountType type = Queries.member(Objects.requireNonNull(body.type()), "type",
        SubAccountType.class);
    InvitationView invitation = Problems.orRefuse(inviteSubAccount.invite(
        new InviteSubAccount.Command(actor.principal(), partnerId(partner),
            Objects.requireNonNull(body.email()), type,
            body.message() == null ? "" : body.message(), IdempotencyHeader.of(key))));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/invitations/{invitation}").buildAndExpand(invitation.id().value()).toUri();
    return ResponseEntity.created(location).body(SubAccountsJson.InvitationJson.of(invitation));
  }

  /** I-2: the partner's invitations, newest first, with their status as of now. */
  @GetMapping("/api/partners/{partner}/invitations")
  Json.PageJson<SubAccountsJson.InvitationJson> invitations(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    return Json.PageJson.of(Problems.orRefuse(listInvitations.list(new ListInvitations.Command(
        actor.principal(), partnerId(partner), Queries.statuses(status, InvitationStatus.class),
        Queries.page(size, after)))), SubAccountsJson.InvitationJson::of);
  }

  /** I-2: one invitation with its history. */
  @GetMapping("/api/invitations/{invitation}")
  SubAccountsJson.InvitationDetailsJson invitation(ApiUser actor,
      @PathVariable("invitation") String invitation) {
    return SubAccountsJson.InvitationDetailsJson.of(Problems.orRefuse(getInvitation.get(
        new GetInvitation.Command(actor.principal(), invitationId(invitation)))));
  }

  /** I-2: sends again with a new token and expiry; the old link stops working. */
  @PostMapping("/api/invitations/{invitation}/resend")
  SubAccountsJson.InvitationJson resend(ApiUser actor,
      @PathVariable("invitation") String invitation) {
    return SubAccountsJson.InvitationJson.of(Problems.orRefuse(resendInvitation.resend(
        new ResendInvitation.Command(actor.principal(), invitationId(invitation)))));
  }

  /** I-2: cancels a pending invitation. */
  @PostMapping("/api/invitations/{invitation}/cancellation")
  SubAccountsJson.InvitationJson cancel(ApiUser actor,
      @PathVariable("invitation") String invitation,
      @RequestBody(required = false) Bodies.@Nullable WhyBody body) {
    String why = body == null || body.why() == null ? "" : body.why();
    return SubAccountsJson.InvitationJson.of(Problems.orRefuse(cancelInvitation.cancel(
        new CancelInvitation.Command(actor.principal(), invitationId(invitation), why))));
  }

  /**
   * I-3: the invitee accepts with the token of the link and its contact and organisation
   * data; 201 with the sub-account created, billed to itself at list prices.
   */
  @PostMapping("/api/invitations/acceptance")
  ResponseEntity<SubAccountsJson.SubAccountJson> accept(
      @RequestBody SubAccountBodies.AcceptanceBody body, HttpServletRequest request) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.token(), "token");
    missing.check(body.contactName(), "contactName");
    missing.check(body.contactEmail(), "contactEmail");
    missing.check(body.organisationName(), "organisationName");
    missing.check(body.organisationAddress(), "organisationAddress");
    missing.check(body.country(), "country");
    missing.throwIfAny();
    Applicant applicant = new Applicant(Objects.requireNonNull(body.contactName()),
        Objects.requireNonNull(body.contactEmail()),
        Objects.requireNonNull(body.organisationName()),
        Objects.requireNonNull(body.organisationAddress()),
        Objects.requireNonNull(body.country()));
    SubAccount created = Problems.orRefuse(acceptInvitation.accept(new AcceptInvitation.Command(
        new Actor.CodeHolder("api-" + request.getRemoteAddr()),
        Objects.requireNonNull(body.token()), applicant)));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/sub-accounts/{subAccount}").buildAndExpand(created.id().value()).toUri();
    return ResponseEntity.created(location).body(SubAccountsJson.SubAccountJson.of(created));
  }

  private static PartnerId partnerId(String raw) {
    return Ids.parse(raw, "partner", PartnerId::of);
  }

  private static InvitationId invitationId(String raw) {
    return Ids.parse(raw, "invitation", InvitationId::of);
  }
}
