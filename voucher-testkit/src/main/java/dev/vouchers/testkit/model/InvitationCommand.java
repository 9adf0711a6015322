// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated invitation scenario: runs on the {@link InvitationHarness} and
 * predicts the next {@link InvitationModel}. Invitations are addressed by position.
 *
 * @param kind what to do
 * @param invitation which invitation (RESEND, CANCEL, ACCEPT)
 * @param staleToken accept with the first token instead of the current one (ACCEPT)
 * @param by how far the clock moves (ADVANCE)
 */
public record InvitationCommand(Kind kind, int invitation, boolean staleToken, Duration by)
    implements Command<InvitationHarness, InvitationModel> {

  /** The kinds of step. */
  public enum Kind {
    /** A partner admin invites. */
    INVITE,
    /** The admin resends. */
    RESEND,
    /** The admin cancels. */
    CANCEL,
    /** The invitee accepts with a token from the e-mails. */
    ACCEPT,
    /** The clock moves. */
    ADVANCE,
    /** The expiry sweep runs. */
    SWEEP
  }

  /** Every part is required. */
  public InvitationCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
  }

  /** A step without parameters (INVITE, SWEEP). */
  public static InvitationCommand of(Kind kind) {
    return new InvitationCommand(kind, 0, false, Duration.ZERO);
  }

  /** A step on an invitation (RESEND, CANCEL). */
  public static InvitationCommand on(Kind kind, int invitation) {
    return new InvitationCommand(kind, invitation, false, Duration.ZERO);
  }

  /** Accept an invitation with its current or its first token. */
  public static InvitationCommand accept(int invitation, boolean staleToken) {
    return new InvitationCommand(Kind.ACCEPT, invitation, staleToken, Duration.ZERO);
  }

  /** Move the clock. */
  public static InvitationCommand advance(Duration by) {
    return new InvitationCommand(Kind.ADVANCE, 0, false, by);
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link InvitationModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<InvitationHarness, InvitationModel> ignoringOutcome() {
    return RacingStep.of(this, InvitationModel::withoutOutcome);
  }

  @Override
  public void run(InvitationHarness sut) {
    switch (kind) {
      case INVITE -> sut.invite();
      case RESEND -> sut.resend(invitation);
      case CANCEL -> sut.cancel(invitation);
      case ACCEPT -> sut.accept(invitation, staleToken);
      case ADVANCE -> sut.advance(by);
      case SWEEP -> sut.sweep();
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public InvitationModel nextState(InvitationModel model) {
    return switch (kind) {
      case INVITE -> model.invite();
      case RESEND -> model.resend(invitation);
      case CANCEL -> model.cancel(invitation);
      case ACCEPT -> model.accept(invitation, staleToken);
      case ADVANCE -> model.advance(by);
      case SWEEP -> model.sweep();
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case INVITE, SWEEP -> kind.name();
      case ADVANCE -> "ADVANCE(" + by + ")";
      case ACCEPT -> "ACCEPT(" + invitation + (staleToken ? ", first token)" : ")");
      default -> kind + "(" + invitation + ")";
    };
  }
}
