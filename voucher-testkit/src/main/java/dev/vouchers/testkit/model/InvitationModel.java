// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The reference model of sub-account invitations (I-1..I-3): what the brief says the
 * observable state must be after each command, restated without the core's code. Invitations
 * are addressed by position, wrapped around the number that exist.
 *
 * @param now the clock
 * @param invitations the invitations, oldest first
 * @param subAccounts how many sub-accounts exist (I-3: one per accepted invitation)
 * @param emails how many invitation e-mails were delivered (I-1: one per send and resend)
 * @param lastAccepted whether the last command was accepted (false: refused)
 */
public record InvitationModel(
    Instant now, List<Entry> invitations, int subAccounts, int emails, boolean lastAccepted) {

  /** I-2: an invitation can be accepted for 30 days after it was last sent. */
  public static final Duration VALIDITY = Duration.ofDays(30);

  /** The observable statuses, restated: PENDING, then ACCEPTED, EXPIRED or CANCELLED. */
  public enum Status {
    /** Waiting for the invitee. */
    PENDING,
    /** Accepted; a sub-account exists. */
    ACCEPTED,
    /** Not accepted in time. */
    EXPIRED,
    /** Cancelled by the partner. */
    CANCELLED
  }

  /** Copies the invitations. */
  public InvitationModel {
    invitations = List.copyOf(invitations);
  }

  /** Nothing at {@code start}. */
  public static InvitationModel initial(Instant start) {
    return new InvitationModel(start, List.of(), 0, 0, true);
  }

  /**
   * One invitation.
   *
   * @param status its status as seen now (a pending one past its expiry is EXPIRED)
   * @param expiresAt when it expires if pending
   * @param tokens how many tokens (e-mails) it was sent with; only the last one works
   * @param history how many history entries it has
   * @param swept whether its expiry was written by the sweep (not just seen)
   */
  public record Entry(Status status, Instant expiresAt, int tokens, int history, boolean swept) {
    Entry with(Status status, Instant expiresAt, int tokens, int history) {
      return new Entry(status, expiresAt, tokens, history, swept);
    }
  }

  /** The same model without the outcome of the last command (for concurrent runs). */
  public InvitationModel withoutOutcome() {
    return new InvitationModel(now, invitations, subAccounts, emails, true);
  }

  /** I-1: a new pending invitation, valid for 30 days, and its e-mail. */
  public InvitationModel invite() {
    List<Entry> next = new ArrayList<>(invitations);
    next.add(new Entry(Status.PENDING, now.plus(VALIDITY), 1, 1, false));
    return new InvitationModel(now, next, subAccounts, emails + 1, true);
  }

  /** I-2: a pending invitation gets a new token, a new expiry and one more e-mail. */
  public InvitationModel resend(int index) {
    return pendingOnly(index, e -> e.with(Status.PENDING, now.plus(VALIDITY), e.tokens() + 1,
        e.history() + 1), 0, 1);
  }

  /** I-2: a pending invitation is cancelled. */
  public InvitationModel cancel(int index) {
    return pendingOnly(index, e -> e.with(Status.CANCELLED, e.expiresAt(), e.tokens(),
        e.history() + 1), 0, 0);
  }

  /**
   * I-3: the invitee accepts with the current token (or, if {@code staleToken}, with the
   * first one): only a pending invitation and only its current token create a sub-account.
   */
  public InvitationModel accept(int index, boolean staleToken) {
    if (invitations.isEmpty()) {
      return refused();
    }
    Entry entry = invitations.get(Math.floorMod(index, invitations.size()));
    if (staleToken && entry.tokens() > 1) {
      return refused();
    }
    return pendingOnly(index, e -> e.with(Status.ACCEPTED, e.expiresAt(), e.tokens(),
        e.history() + 1), 1, 0);
  }

  /** Time passes: pending invitations whose expiry has come are seen as EXPIRED. */
  public InvitationModel advance(Duration by) {
    Instant later = now.plus(by);
    List<Entry> next = invitations.stream().map(e -> e.status() == Status.PENDING
        && !later.isBefore(e.expiresAt())
        ? e.with(Status.EXPIRED, e.expiresAt(), e.tokens(), e.history()) : e).toList();
    return new InvitationModel(later, next, subAccounts, emails, true);
  }

  /**
   * I-2: the sweep writes EXPIRED, with a history entry, for every invitation seen EXPIRED
   * that was not written so yet; what the partner sees does not change.
   */
  public InvitationModel sweep() {
    List<Entry> next = invitations.stream().map(e -> e.status() == Status.EXPIRED && !e.swept()
        ? new Entry(Status.EXPIRED, e.expiresAt(), e.tokens(), e.history() + 1, true) : e)
        .toList();
    return new InvitationModel(now, next, subAccounts, emails, true);
  }

  private InvitationModel pendingOnly(int index, UnaryOperator<Entry> move, int newSubAccounts,
      int newEmails) {
    if (invitations.isEmpty()) {
      return refused();
    }
    int at = Math.floorMod(index, invitations.size());
    Entry entry = invitations.get(at);
    if (entry.status() != Status.PENDING) {
      return refused();
    }
    List<Entry> next = new ArrayList<>(invitations);
    next.set(at, move.apply(entry));
    return new InvitationModel(now, next, subAccounts + newSubAccounts, emails + newEmails,
        true);
  }

  private InvitationModel refused() {
    return new InvitationModel(now, invitations, subAccounts, emails, false);
  }
}
