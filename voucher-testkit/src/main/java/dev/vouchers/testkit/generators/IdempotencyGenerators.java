// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.IdempotencyCommand;
import dev.vouchers.testkit.model.IdempotencyHarness;
import dev.vouchers.testkit.model.IdempotencyModel;
import java.time.Duration;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of idempotency-key scenarios (G-3): uses of few keys by two callers
 * with two different requests (so that replays and reuses are frequent), refused work, clock
 * moves around the 24-hour retention and sweeps.
 */
public final class IdempotencyGenerators {
  /** The retention the scenarios sweep with. */
  public static final Duration RETENTION = Duration.ofHours(24);

  private IdempotencyGenerators() {}

  private static Gen<IdempotencyModel.Slot> slots() {
    return integers().between(0, IdempotencyModel.SCOPES - 1).zip(
        integers().between(0, IdempotencyModel.KEYS - 1), IdempotencyModel.Slot::new);
  }

  private static Gen<IdempotencyCommand> uses(boolean sometimesRefused) {
    Gen<Integer> request = integers().between(0, IdempotencyModel.REQUESTS - 1);
    Gen<Boolean> succeeds = sometimesRefused
        ? Generate.frequency(List.of(Pair.of(5, Generate.constant(true)),
            Pair.of(1, Generate.constant(false))))
        : Generate.constant(true);
    Gen<String> answer = integers().between(1, 999).map(n -> "answer-" + n);
    return slots().zip(request, succeeds, answer, IdempotencyCommand::once);
  }

  /** One step of an idempotency-key scenario. */
  public static Gen<IdempotencyCommand> idempotencyCommands() {
    Gen<Duration> by = Generate.pick(List.of(Duration.ofMinutes(1), Duration.ofHours(6),
        RETENTION.minusSeconds(1), RETENTION));
    return Generate.frequency(List.of(
        Pair.of(8, uses(true)),
        Pair.of(2, by.map(IdempotencyCommand::advance)),
        Pair.of(1, Generate.constant(IdempotencyCommand.sweep(RETENTION)))));
  }

  /** Scenarios of {@code min..max} steps. */
  public static Gen<List<IdempotencyCommand>> idempotencyScenarios(int min, int max) {
    return lists().of(idempotencyCommands()).ofSizeBetween(min, max);
  }

  /**
   * Uses that race from several threads (G-3: at most one of them does the work per key, also
   * from several application instances), no clock moves and no refused work.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<IdempotencyHarness, IdempotencyModel>>> racingUses(
      int maxSteps) {
    return lists().of(uses(false).map(IdempotencyCommand::ignoringOutcome))
        .ofSizeBetween(2, maxSteps);
  }
}
