// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A partner's invitation to a sub-account (I-1, I-2). Immutable: every move returns an
 * {@link InvitationMove} with the new state and its history entry, or a
 * {@link dev.vouchers.core.kernel.Refusal} (named in full: Immutables copies this comment into
 * the generated {@code Invitation}, without the imports); the invitation itself never changes.
 *
 * <p>Only the keyed digest of the current token is kept: a resend replaces it, so the old link
 * stops working. Expiry is visible the moment it is due: {@link #statusAt(Instant)} reports
 * EXPIRED for a PENDING invitation whose expiry has come, before any sweep has written it.
 */
@Value.Immutable
public abstract class AbstractInvitation {

  /** The invitation id. */
  public abstract InvitationId id();

  /** The inviting partner, under which the sub-account will be created. */
  public abstract PartnerId partner();

  /** I-1: to whom it was sent. */
  public abstract EmailAddress recipient();

  /** I-1: the type of sub-account offered. */
  public abstract SubAccountType type();

  /** I-1: the partner's custom message, empty for none. */
  public abstract String message();

  /** I-2: who sent it first ({@link dev.vouchers.core.kernel.Actor#describe()}); resends are in the history. */
  public abstract String invitedBy();

  /** When it was first sent. */
  public abstract Instant invitedAt();

  /** When it was last sent (first sent, or resent). */
  public abstract Instant sentAt();

  /** I-2: when it expires if still PENDING: its validity after it was last sent. */
  public abstract Instant expiresAt();

  /** I-2: the keyed digest of the current token; the token itself is never stored. */
  public abstract CodeDigest token();

  /** The stored status; see {@link #statusAt(Instant)} for the status as seen now. */
  public abstract InvitationStatus status();

  /** I-3: the sub-account created when it was accepted. */
  public abstract Optional<SubAccountId> subAccount();

  /** Optimistic concurrency version: a store applies a move only on an unchanged version. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** I-2: the status as seen at {@code now}: a PENDING invitation past its expiry is EXPIRED. */
  public InvitationStatus statusAt(Instant now) {
    return isDue(now) ? InvitationStatus.EXPIRED : status();
  }

  /** I-2: whether it is PENDING and its expiry has come. */
  public boolean isDue(Instant now) {
    return status() == InvitationStatus.PENDING && !now.isBefore(expiresAt());
  }

  private Invitation self() {
    return (Invitation) this;
  }

  /**
   * I-1: a new PENDING invitation, valid for {@code validity} from {@code now}, with the entry
   * recording that it was sent.
   */
  public static InvitationCreated invite(
      InvitationId id, PartnerId partner, EmailAddress recipient, SubAccountType type,
      String message, CodeDigest token, Actor by, Instant now, Duration validity) {
    Invitation invitation = Invitation.builder().id(id).partner(partner).recipient(recipient)
        .type(type).message(message).invitedBy(by.describe()).invitedAt(now).sentAt(now)
        .expiresAt(now.plus(validity)).token(token).status(InvitationStatus.PENDING).build();
    return new InvitationCreated(invitation, new InvitationHistoryEntry(id, Optional.empty(),
        InvitationStatus.PENDING, now, by.describe(), "invitation sent",
        Map.of("recipient", recipient.value(), "type", type.name(),
            "expiresAt", invitation.expiresAt().toString())));
  }

  /**
   * I-2: sent again with a new token and a new expiry; the old token no longer matches, so
   * the old link stops working.
   */
  public Either<Refusal, InvitationMove> resend(
      CodeDigest newToken, Actor by, Instant now, Duration validity) {
    Instant expiresAt = now.plus(validity);
    return move(InvitationStatus.PENDING, by, now, "invitation resent",
        Map.of("recipient", recipient().value(), "expiresAt", expiresAt.toString()),
        i -> i.withToken(newToken).withSentAt(now).withExpiresAt(expiresAt));
  }

  /** I-2: the partner cancels a pending invitation. */
  public Either<Refusal, InvitationMove> cancel(Actor by, Instant now, String why) {
    return move(InvitationStatus.CANCELLED, by, now, why, Map.of(), i -> i);
  }

  /** I-3: the invitee accepted; {@code subAccount} is the sub-account created with it. */
  public Either<Refusal, InvitationMove> accept(SubAccountId subAccount, Actor by,
      Instant now) {
    return move(InvitationStatus.ACCEPTED, by, now, "invitation accepted",
        Map.of("subAccount", subAccount.value()), i -> i.withSubAccount(subAccount));
  }

  /** I-2: a PENDING invitation whose expiry has come is written EXPIRED. */
  public Either<Refusal, InvitationMove> expire(Actor by, Instant now) {
    if (!isDue(now)) {
      return Either.left(Refusal.of(ReasonCode.INVITATION_NOT_PENDING, "the invitation is "
          + status() + " and not due to expire before " + expiresAt()));
    }
    Invitation after = self().withStatus(InvitationStatus.EXPIRED).withVersion(version() + 1);
    return Either.right(new InvitationMove(self(), after,
        expiryEntry(id(), expiresAt(), by, now)));
  }

  /** I-2: the reason recorded for an expiry. */
  public static final String EXPIRED = "expired";

  /** I-2: the key of an expiry's data: the expiry instant ({@link Instant#toString()}). */
  public static final String EXPIRED_AT = "expiresAt";

  /**
   * I-2: the history entry of the expiry of a due invitation, as {@link #expire} writes it: a
   * store that expires due invitations set-based ({@code Invitations.expireDueInvitations})
   * writes this entry for each of them, and the status becomes EXPIRED with the next version.
   *
   * @param invitation the invitation, PENDING as stored
   * @param expiresAt its expiry, which has come
   */
  public static InvitationHistoryEntry expiryEntry(InvitationId invitation, Instant expiresAt,
      Actor by, Instant now) {
    return new InvitationHistoryEntry(invitation, Optional.of(InvitationStatus.PENDING),
        InvitationStatus.EXPIRED, now, by.describe(), EXPIRED,
        Map.of(EXPIRED_AT, expiresAt.toString()));
  }

  /** I-2: every move starts from PENDING (as seen now); anything else is refused, saying why. */
  private Either<Refusal, InvitationMove> move(
      InvitationStatus to, Actor by, Instant now, String why, Map<String, String> data,
      UnaryOperator<Invitation> change) {
    InvitationStatus current = statusAt(now);
    if (current == InvitationStatus.EXPIRED) {
      return Either.left(Refusal.of(ReasonCode.INVITATION_EXPIRED,
          "the invitation expired at " + expiresAt() + "; send a new one"));
    }
    if (!current.canMoveTo(to)) {
      return Either.left(Refusal.of(ReasonCode.INVITATION_NOT_PENDING,
          "the invitation is " + current + ", not pending"));
    }
    Invitation after = change.apply(self().withStatus(to)).withVersion(version() + 1);
    return Either.right(new InvitationMove(self(), after, new InvitationHistoryEntry(id(),
        Optional.of(current), to, now, by.describe(), why, data)));
  }
}
