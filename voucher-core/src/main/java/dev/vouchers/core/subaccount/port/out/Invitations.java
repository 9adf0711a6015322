// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.out;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of sub-account invitations (I-1..I-3) and their history, which also writes the
 * invitation e-mails to the invitation outbox ({@code Outbox<InvitationMessage>}) in the same
 * atomic
 * step as the invitation, so that an e-mail goes out only for an invitation that was stored.
 * Conditional writes apply only if the invitation is still in the version it was read in.
 * {@code InvitationsContract} in the testkit pins the behaviour.
 */
public interface Invitations {

  /**
   * I-1: stores a new invitation with its first history entry and its e-mail, all or nothing.
   *
   * @throws IllegalStateException (or an adapter's storage exception) if the id or the token
   *     digest is stored already
   */
  void insert(InvitationCreated created, InvitationMessage message);

  /** The invitation, if stored. */
  Optional<Invitation> invitation(InvitationId id);

  /**
   * I-3: the invitation whose current token has this keyed digest, if stored. A resent
   * invitation is found only by its new token.
   */
  Optional<Invitation> invitationByToken(CodeDigest token);

  /**
   * I-2: a page of a partner's invitations, newest first (first sent descending, then id
   * ascending), with the filter's statuses evaluated at its {@code asOf}.
   */
  Page<Invitation> invitations(InvitationFilter filter, PageRequest page);

  /**
   * I-2: applies a move (resend, cancel, expire) if the stored version is still the one it
   * was read in, appending the history entry and, for a resend, the new e-mail, in the same
   * atomic step.
   *
   * @param move the move
   * @param message the e-mail to send with it (a resend), if any
   * @return whether it applied; false means a concurrent writer came first and nothing was
   *     written
   */
  boolean update(InvitationMove move, Optional<InvitationMessage> message);

  /**
   * I-3: accepts: applies the invitation's move to ACCEPTED if the stored version is still
   * the one read, and stores the new sub-account with its first history entry, all or
   * nothing. Of two acceptances of one invitation at most one applies.
   *
   * @return whether it applied
   */
  boolean accept(Acceptance acceptance);

  /** I-2: an invitation's history in the order it was written. */
  List<InvitationHistoryEntry> history(InvitationId invitation);

  /**
   * I-2, L-2: one atomic, set-based step of the expiry sweep: writes EXPIRED (the next
   * version), with the history entry {@code AbstractInvitation.expiryEntry} makes, for up to
   * {@code limit} invitations that are PENDING as stored and whose expiry has come at
   * {@code now}, earliest expiry first. An invitation another sweep or a move holds or has
   * changed is left out (never waited for, never expired twice); an invitation moved
   * concurrently by a change that commits first is not expired.
   *
   * @param by who sweeps ({@code Actor.describe()} is the entries' "by")
   * @return the entries written, at most {@code limit}; fewer than {@code limit} when no more
   *     were due and free
   */
  List<InvitationHistoryEntry> expireDueInvitations(Instant now, Actor by, int limit);
}
