// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.InvitationCommand;
import dev.vouchers.testkit.model.InvitationCommand.Kind;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of invitation scenarios (I-1..I-3), weighted towards moves on
 * existing invitations and clock moves around the 30-day validity.
 */
public final class InvitationGenerators {
  private InvitationGenerators() {}

  /** Where the racing steps start: two invitations sent. */
  public static List<InvitationCommand> racingStart() {
    return List.of(InvitationCommand.of(Kind.INVITE), InvitationCommand.of(Kind.INVITE));
  }

  /**
   * Steps that race from several threads (I-2) on the two invitations of {@link #racingStart()}:
   * accepted (with the current token or the first), cancelled, and the sweep. No step invites,
   * resends (a new token would make an acceptance that read the old one a stale one) or moves
   * the clock, so every step acts on an invitation fixed before the race.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<InvitationHarness, InvitationModel>>> racingInvitationSteps(
      int maxSteps) {
    Gen<Integer> invitation = integers().between(0, 1);
    Gen<InvitationCommand> step = Generate.frequency(List.of(
        Pair.of(4, invitation.map(i -> InvitationCommand.accept(i, false))),
        Pair.of(1, invitation.map(i -> InvitationCommand.accept(i, true))),
        Pair.of(3, invitation.map(i -> InvitationCommand.on(Kind.CANCEL, i))),
        Pair.of(1, Generate.constant(InvitationCommand.of(Kind.SWEEP)))));
    return lists().of(step.map(InvitationCommand::ignoringOutcome)).ofSizeBetween(2, maxSteps);
  }

  /** One step of an invitation scenario. */
  public static Gen<InvitationCommand> invitationCommands() {
    Gen<Integer> index = integers().between(0, 5);
    Gen<InvitationCommand> advance = Generate.pick(List.of(Duration.ofHours(1),
        Duration.ofDays(1), Duration.ofDays(10), Duration.ofDays(29), Duration.ofDays(30),
        Duration.ofDays(31))).map(InvitationCommand::advance);
    return Generate.frequency(List.of(
        Pair.of(3, Generate.constant(InvitationCommand.of(Kind.INVITE))),
        Pair.of(3, index.map(i -> InvitationCommand.on(Kind.RESEND, i))),
        Pair.of(2, index.map(i -> InvitationCommand.on(Kind.CANCEL, i))),
        Pair.of(4, index.zip(Generate.booleans(), InvitationCommand::accept)),
        Pair.of(3, advance),
        Pair.of(1, Generate.constant(InvitationCommand.of(Kind.SWEEP)))));
  }

  /** Scenarios of {@code min..max} steps that start with an invitation. */
  public static Gen<List<InvitationCommand>> invitationScenarios(int min, int max) {
    return lists().of(invitationCommands()).ofSizeBetween(min, max).map(steps -> {
      List<InvitationCommand> scenario = new ArrayList<>(steps.size() + 1);
      scenario.add(InvitationCommand.of(Kind.INVITE));
      scenario.addAll(steps);
      return scenario;
    });
  }
}
