// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.ErasureCommand;
import dev.vouchers.testkit.model.ErasureHarness;
import dev.vouchers.testkit.model.ErasureModel;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of erasure scenarios (E-1): links of the order's vouchers sent to
 * the model's three people, each with a message tagged by the step's position (so every
 * message is unique), and erasures of those people, sends three times as often; orders for
 * the model's two customers with notes tagged the same way, and erasures of those customers; in
 * the
 * step-by-step scenarios also redemptions, which close vouchers, and sweeps of the automatic
 * erasure after 0 to 15 seconds (the model's retention is 10).
 */
public final class ErasureGenerators {
  private ErasureGenerators() {}

  /** One step, its tag still to be set by position. */
  private static Gen<ErasureCommand> steps() {
    Gen<Integer> person = integers().between(0, ErasureModel.PEOPLE.size() - 1);
    Gen<Integer> voucher = integers().between(0, ErasureModel.VOUCHERS - 1);
    Gen<Integer> customer = integers().between(0, ErasureModel.CUSTOMERS.size() - 1);
    return Generate.frequency(List.of(
        Pair.of(3, voucher.zip(person, (v, p) -> ErasureCommand.send(v, p, 0))),
        Pair.of(1, person.map(ErasureCommand::erase)),
        Pair.of(1, customer.map(c -> ErasureCommand.order(c, 0))),
        Pair.of(1, customer.map(ErasureCommand::eraseCustomer))));
  }

  /** One step of a step-by-step scenario: the racing steps, redemptions and sweeps. */
  private static Gen<ErasureCommand> sequentialSteps() {
    Gen<Integer> voucher = integers().between(0, ErasureModel.VOUCHERS - 1);
    return Generate.frequency(List.of(
        Pair.of(4, steps()),
        Pair.of(1, voucher.map(ErasureCommand::redeem)),
        Pair.of(1, integers().between(0, 15).map(ErasureCommand::sweep))));
  }

  /** The steps, each send tagged with its position. */
  private static List<ErasureCommand> tagged(List<ErasureCommand> steps) {
    List<ErasureCommand> tagged = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      tagged.add(steps.get(i).tagged(i));
    }
    return tagged;
  }

  /** Scenarios of {@code min..max} steps. */
  public static Gen<List<ErasureCommand>> erasureScenarios(int min, int max) {
    return lists().of(sequentialSteps()).ofSizeBetween(min, max)
        .map(ErasureGenerators::tagged);
  }

  /**
   * Steps that race from several threads (E-1, V-7): sends of links to the model's people and
   * erasures of them, orders for the model's customers and erasures of them. Every race must end as some sequential order of its steps would: a
   * person is either erased with everything sent before, or the send came after the erasure
   * and its data is readable, whole; never half-erased.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<ErasureHarness, ErasureModel>>> racingErasureSteps(
      int maxSteps) {
    return lists().of(steps()).ofSizeBetween(2, maxSteps).map(steps -> tagged(steps).stream()
        .map(ErasureCommand::ignoringOutcome).toList());
  }
}
