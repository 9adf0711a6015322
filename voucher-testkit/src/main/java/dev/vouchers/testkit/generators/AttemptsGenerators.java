// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.AttemptsCommand;
import dev.vouchers.testkit.model.AttemptsCommand.Kind;
import dev.vouchers.testkit.model.AttemptsHarness;
import dev.vouchers.testkit.model.AttemptsModel;
import java.time.Duration;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of attempt-limit scenarios (G-1), weighted towards counting (so
 * that limits are reached) and clock moves around the window's end.
 */
public final class AttemptsGenerators {
  private AttemptsGenerators() {}

  /** One step of an attempt-limit scenario. */
  public static Gen<AttemptsCommand> attemptsCommands() {
    Gen<Integer> key = Generate.frequency(List.of(Pair.of(4, Generate.constant(0)),
        Pair.of(2, Generate.constant(1)), Pair.of(1, Generate.constant(2))));
    Gen<Duration> by = Generate.pick(List.of(Duration.ofSeconds(1), Duration.ofMinutes(3),
        AttemptsModel.WINDOW.minusSeconds(1), AttemptsModel.WINDOW));
    return Generate.frequency(List.of(
        Pair.of(8, key.map(k -> AttemptsCommand.on(Kind.COUNT, k))),
        Pair.of(3, key.map(k -> AttemptsCommand.on(Kind.FORGIVE, k))),
        Pair.of(2, by.map(AttemptsCommand::advance)),
        Pair.of(1, Generate.constant(AttemptsCommand.on(Kind.SWEEP, 0)))));
  }

  /** Scenarios of {@code min..max} steps. */
  public static Gen<List<AttemptsCommand>> attemptsScenarios(int min, int max) {
    return lists().of(attemptsCommands()).ofSizeBetween(min, max);
  }

  /**
   * Steps that race from several threads (G-1: counted atomically per key, also from several
   * application instances): counts and forgiveness on two keys, no clock moves.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<AttemptsHarness, AttemptsModel>>> racingAttemptsSteps(
      int maxSteps) {
    Gen<Integer> key = integers().between(0, 1);
    Gen<AttemptsCommand> step = Generate.frequency(List.of(
        Pair.of(4, key.map(k -> AttemptsCommand.on(Kind.COUNT, k))),
        Pair.of(1, key.map(k -> AttemptsCommand.on(Kind.FORGIVE, k)))));
    return lists().of(step.map(AttemptsCommand::ignoringOutcome)).ofSizeBetween(2, maxSteps);
  }
}
