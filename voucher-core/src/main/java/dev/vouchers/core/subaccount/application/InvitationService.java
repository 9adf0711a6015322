// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Batches;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Secrets;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.InvitationToken;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationDetails;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.out.Invitations;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sub-account invitations (I-1..I-3): every move is read, decided and written conditionally;
 * the invitation e-mail is written with the invitation it belongs to.
 */
final class InvitationService implements InviteSubAccount, ResendInvitation, CancelInvitation,
    ListInvitations, GetInvitation, AcceptInvitation, ExpireDueInvitations {

  /** I-3: the one answer for unknown, expired, cancelled, resent and used tokens. */
  static final String NOT_ACCEPTABLE =
      "this invitation link cannot be used: ask whoever invited you to send a new one";
  /** The purpose under which token digests are keyed (apart from code digests). */
  static final String TOKEN_PURPOSE = "invitation";
  private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);
  private static final int MAX_MESSAGE = 2000;
  private static final int MAX_WHY = 2000;

  private final Basics basics;
  private final Partners partners;
  private final Secrets vault;
  private final Invitations invitations;
  private final InvitationPorts ports;

  InvitationService(Basics basics, Partners partners, Secrets vault, InvitationPorts ports) {
    this.basics = basics;
    this.partners = partners;
    this.vault = vault;
    this.invitations = ports.invitations();
    this.ports = ports;
  }

  // ------------------------------------------------------------------ I-1

  @Override
  public Either<Refusal, InvitationView> invite(InviteSubAccount.Command command) {
    Actor principal = command.principal();
    // another partner's id is answered like a missing partner
    Optional<Partner> partner = Access.canRead(principal, command.partner())
        ? partners.partner(command.partner()) : Optional.empty();
    if (partner.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    List<Reason> reasons = new ArrayList<>();
    if (!Access.canManageSubAccounts(principal, command.partner())) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "sub-accounts are invited by the partner's admins and admin agents"));
    }
    if (!partner.get().has(Feature.SUB_ACCOUNTS)) {
      reasons.add(Reason.of(ReasonCode.SUB_ACCOUNTS_DISABLED,
          "sub-accounts are not enabled for " + partner.get().name()));
    }
    Validation<String, EmailAddress> recipient = EmailAddress.parse(command.recipient());
    if (recipient.isInvalid()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, recipient.getError()));
    }
    String message = command.message().strip();
    // L-4: storable free text (line breaks allowed)
    Text.check("the custom message", message, MAX_MESSAGE, Text.Kind.MULTI_LINE)
        .ifPresent(reasons::add);
    Instant now = basics.now();
    SupportedTime.check(now).ifPresent(reasons::add);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    InvitationToken token = InvitationToken.random(basics.entropy());
    InvitationCreated created = Invitation.invite(new InvitationId(basics.newId()),
        partner.get().id(), recipient.get(), command.type(), message, digest(token), principal,
        now, ports.settings().validity());
    invitations.insert(created, message(created.invitation(), token, partner, now));
    return Either.right(InvitationView.of(created.invitation(), now));
  }

  private CodeDigest digest(InvitationToken token) {
    return vault.digestSecret(TOKEN_PURPOSE, token.value());
  }

  /** I-1: the e-mail, with the token sealed to its message id (the outbox cannot read it). */
  private InvitationMessage message(Invitation invitation, InvitationToken token,
      Optional<Partner> partner, Instant now) {
    MessageId id = new MessageId(basics.newId());
    return new InvitationMessage(id, invitation.id(), invitation.partner(),
        partner.map(Partner::name).orElse(invitation.partner().value()), invitation.recipient(),
        invitation.type(), invitation.message(),
        vault.sealSecret(token.value(), InvitationMessage.sealedWith(id)),
        invitation.expiresAt(), partner.map(Partner::language).orElse(Locale.ENGLISH), now);
  }

  /** I-1: the link of a message claimed from the outbox: {@code <base>/invitations/<token>}. */
  URI link(InvitationMessage message) {
    String token = vault.openSecret(message.token(),
        InvitationMessage.sealedWith(message.id()));
    return ports.settings().link(new InvitationToken(token));
  }

  /**
   * I-2: whether a message's link still works when it is about to be sent: its invitation is
   * pending now and the message carries the invitation's current token (a resend replaced it,
   * a cancellation or expiry ended it).
   */
  boolean current(InvitationMessage message) {
    InvitationToken token = new InvitationToken(vault.openSecret(message.token(),
        InvitationMessage.sealedWith(message.id())));
    Instant now = basics.now();
    return ports.invitations().invitation(message.invitation())
        .filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING)
        .filter(invitation -> vault.secretMatches(invitation.token(), TOKEN_PURPOSE,
            token.value()))
        .isPresent();
  }

  // ------------------------------------------------------------------ I-2

  /** One decision on the invitation as read; applied only if it is still that invitation. */
  @FunctionalInterface
  private interface Decision {
    Either<Refusal, Decided> decide(Invitation invitation, Instant now);
  }

  private record Decided(InvitationMove move, Optional<InvitationMessage> message) {}

  /**
   * A-1, I-2: reads the invitation (another partner's answers like a missing one), checks the
   * role, decides, and writes conditionally; when a concurrent writer came first, reads and
   * decides again, so a refusal reflects the state that won.
   */
  private Either<Refusal, InvitationView> apply(Actor principal, InvitationId id,
      Decision decision) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<Invitation> found = invitations.invitation(id)
          .filter(i -> Access.canRead(principal, i.partner()));
      if (found.isEmpty()) {
        return Either.left(Refusal.notFound("invitation"));
      }
      if (!Access.canManageSubAccounts(principal, found.get().partner())) {
        return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
            "invitations are managed by the partner's admins and admin agents"));
      }
      Instant now = basics.now();
      Optional<Reason> clock = SupportedTime.check(now);
      if (clock.isPresent()) {
        return Either.left(new Refusal(List.of(clock.get())));
      }
      Either<Refusal, Decided> decided = decision.decide(found.get(), now);
      if (decided.isLeft()) {
        return Either.left(decided.getLeft());
      }
      if (invitations.update(decided.get().move(), decided.get().message())) {
        return Either.right(InvitationView.of(decided.get().move().after(), now));
      }
      // a concurrent writer came first: nothing was written; decide again
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the invitation kept changing under concurrent updates; try again"));
  }

  @Override
  public Either<Refusal, InvitationView> resend(ResendInvitation.Command command) {
    Actor principal = command.principal();
    return apply(principal, command.invitation(), (invitation, now) -> {
      InvitationToken token = InvitationToken.random(basics.entropy());
      return invitation.resend(digest(token), principal, now, ports.settings().validity())
          .map(move -> new Decided(move, Optional.of(message(move.after(), token,
              partners.partner(invitation.partner()), now))));
    });
  }

  @Override
  public Either<Refusal, InvitationView> cancel(CancelInvitation.Command command) {
    String why = command.why().strip();
    Optional<Reason> problem = Text.check("the reason", why, MAX_WHY, Text.Kind.MULTI_LINE);
    if (problem.isPresent()) {
      return Either.left(new Refusal(List.of(problem.get())));
    }
    String recorded = why.isEmpty() ? "invitation cancelled" : why;
    return apply(command.principal(), command.invitation(), (invitation, now) ->
        invitation.cancel(command.principal(), now, recorded)
            .map(move -> new Decided(move, Optional.empty())));
  }

  @Override
  public Either<Refusal, Page<InvitationView>> list(ListInvitations.Command command) {
    if (!Access.canRead(command.principal(), command.partner())) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    Instant now = basics.now();
    Optional<Reason> clock = SupportedTime.check(now);
    if (clock.isPresent()) {
      return Either.left(new Refusal(List.of(clock.get())));
    }
    return Either.right(invitations.invitations(
        new InvitationFilter(command.partner(), command.statuses(), now), command.page())
        .map(invitation -> InvitationView.of(invitation, now)));
  }

  @Override
  public Either<Refusal, InvitationDetails> get(GetInvitation.Command command) {
    return invitations.invitation(command.invitation())
        .filter(i -> Access.canRead(command.principal(), i.partner()))
        .<Either<Refusal, InvitationDetails>>map(i -> Either.right(new InvitationDetails(
            InvitationView.of(i, basics.now()), invitations.history(i.id()))))
        .orElseGet(() -> Either.left(Refusal.notFound("invitation")));
  }

  @Override
  public Either<Refusal, Integer> expire(ExpireDueInvitations.Command command) {
    Actor principal = command.principal();
    Optional<Refusal> refused = Batches.refusal(principal, command.limit());
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    Instant now = basics.now();
    Optional<Reason> clock = SupportedTime.check(now);
    if (clock.isPresent()) {
      return Either.left(new Refusal(List.of(clock.get())));
    }
    // an invitation moved concurrently (accepted, resent, cancelled) is left to the winner
    int expired = Batches.upTo(command.limit(),
        batch -> invitations.expireDueInvitations(now, principal, batch).size());
    if (expired > 0) {
      LOG.info("invitation expiry sweep at {}: {} invitation(s) expired", now, expired);
    }
    return Either.right(expired);
  }

  // ------------------------------------------------------------------ I-3

  @Override
  public Either<Refusal, SubAccount> accept(AcceptInvitation.Command command) {
    Validation<Seq<Reason>, Applicant.Valid> applicant = command.applicant().validate();
    Optional<InvitationToken> token = InvitationToken.parse(command.token());
    if (applicant.isInvalid() || token.isEmpty()) {
      // bad input is answered before storage is touched; a malformed token says nothing more
      List<Reason> reasons = new ArrayList<>();
      if (applicant.isInvalid()) {
        applicant.getError().forEach(reasons::add);
      }
      if (token.isEmpty()) {
        reasons.add(Reason.of(ReasonCode.INVITATION_NOT_ACCEPTABLE, NOT_ACCEPTABLE));
      }
      return Either.left(new Refusal(reasons));
    }
    Actor principal = command.principal();
    // G-4: the token's digests under each key of the ring, current first
    List<CodeDigest> digests = vault.secretDigests(TOKEN_PURPOSE, token.get().value());
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Instant now = basics.now();
      Optional<Reason> clock = SupportedTime.check(now);
      if (clock.isPresent()) {
        return Either.left(new Refusal(List.of(clock.get())));
      }
      // C-5 for links: unknown, resent away, expired, cancelled and used: one answer
      Optional<Invitation> found = digests.stream()
          .map(invitations::invitationByToken).flatMap(Optional::stream).findFirst()
          .filter(i -> i.statusAt(now) == InvitationStatus.PENDING);
      if (found.isEmpty()) {
        return Either.left(Refusal.of(ReasonCode.INVITATION_NOT_ACCEPTABLE, NOT_ACCEPTABLE));
      }
      SubAccountId id = new SubAccountId(basics.newId());
      Either<Refusal, InvitationMove> move = found.get().accept(id, principal, now);
      if (move.isLeft()) {
        return Either.left(Refusal.of(ReasonCode.INVITATION_NOT_ACCEPTABLE, NOT_ACCEPTABLE));
      }
      SubAccount.Created created = SubAccount.open(id, found.get(),
          applicant.get().contact(), applicant.get().organisation(), principal, now);
      if (invitations.accept(new Acceptance(move.get(), created.subAccount(),
          created.entry()))) {
        return Either.right(created.subAccount());
      }
      // a concurrent acceptance, resend or cancellation came first: look again
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the invitation kept changing under concurrent updates; try again"));
  }
}
