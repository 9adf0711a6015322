// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.InvitationCommand;
import dev.vouchers.testkit.model.InvitationCommand.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of invitation scenarios (I-1..I-3), weighted towards moves on
 * existing invitations and clock moves around the 30-day validity.
 */
public final class InvitationGenerators {
  private InvitationGenerators() {}

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
