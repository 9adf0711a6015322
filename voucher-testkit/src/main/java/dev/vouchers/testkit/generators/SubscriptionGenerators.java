// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.testkit.model.SubscriptionCommand;
import dev.vouchers.testkit.model.SubscriptionCommand.Kind;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for subscription scenarios (U-1..U-5): weighted steps with clock
 * moves that close windows (hours to days), end terms (a month, a year) and skip many terms at
 * once (years). All shrink towards small, simple values.
 */
public final class SubscriptionGenerators {
  private SubscriptionGenerators() {}

  /** U-1: monthly or annual. */
  public static Gen<SubscriptionTerm> terms() {
    return Generate.enumValues(SubscriptionTerm.class);
  }

  /** Clock moves around the windows (72 h, 7 days) and the terms (a month, a year). */
  public static Gen<Duration> clockMoves() {
    return Generate.pick(List.of(Duration.ofHours(1), Duration.ofHours(71), Duration.ofHours(72),
        Duration.ofDays(2), Duration.ofDays(6), Duration.ofDays(8), Duration.ofDays(27),
        Duration.ofDays(31), Duration.ofDays(200), Duration.ofDays(366),
        Duration.ofDays(3 * 365 + 17)));
  }

  /** One step, weighted towards changes of existing subscriptions. */
  public static Gen<SubscriptionCommand> subscriptionCommands() {
    Gen<Integer> index = integers().between(0, 4);
    Gen<Boolean> sales = Generate.frequency(List.of(Pair.of(5, Generate.constant(false)),
        Pair.of(1, Generate.constant(true))));
    Gen<Integer> licences = integers().between(0, SubscriptionModel.MAX_QUANTITY + 2);
    Gen<SubscriptionCommand> buy = terms().zip(Generate.booleans(), licences, sales,
        SubscriptionCommand::buy);
    Gen<SubscriptionCommand> quantity = index.zip(licences, sales, SubscriptionCommand::quantity);
    Gen<SubscriptionCommand> autoRenew = index.zip(Generate.booleans(), sales,
        SubscriptionCommand::autoRenew);
    Gen<SubscriptionCommand> billing = index.zip(Generate.enumValues(BillingFrequency.class),
        sales, SubscriptionCommand::billing);
    return Generate.frequency(List.of(
        Pair.of(3, buy),
        Pair.of(4, index.map(i -> SubscriptionCommand.on(Kind.ACTIVATE, i, false))),
        Pair.of(4, quantity),
        Pair.of(2, index.zip(sales, (i, s) -> SubscriptionCommand.on(Kind.CANCEL, i, s))),
        Pair.of(2, autoRenew),
        Pair.of(1, billing),
        Pair.of(2, index.zip(sales, (i, s) -> SubscriptionCommand.on(Kind.SUSPEND, i, s))),
        Pair.of(2, index.zip(sales, (i, s) -> SubscriptionCommand.on(Kind.REACTIVATE, i, s))),
        Pair.of(4, clockMoves().map(SubscriptionCommand::advance)),
        Pair.of(1, Generate.constant(SubscriptionCommand.sweep()))));
  }

  /**
   * Where the racing steps start: two monthly subscriptions of 5 licences with auto-renew,
   * bought and activated.
   */
  public static List<SubscriptionCommand> racingStart() {
    return List.of(SubscriptionCommand.buy(SubscriptionTerm.MONTHLY, true, 5, false),
        SubscriptionCommand.buy(SubscriptionTerm.MONTHLY, true, 5, false),
        SubscriptionCommand.on(Kind.ACTIVATE, 0, false),
        SubscriptionCommand.on(Kind.ACTIVATE, 1, false));
  }

  /**
   * Steps that race from several threads (U-2, U-3, U-5) on the two subscriptions of
   * {@link #racingStart()}: licences changed, cancelled, suspended, reactivated, auto-renew and
   * billing switched, by the admin agent (or, now and then, the sales agent, who is refused).
   * No step buys or moves the clock, so every step acts on a subscription fixed before the race.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<SubscriptionHarness, SubscriptionModel>>>
      racingSubscriptionSteps(int maxSteps) {
    Gen<Integer> index = integers().between(0, 1);
    Gen<Boolean> salesAgent = Generate.frequency(List.of(
        Pair.of(5, Generate.constant(false)), Pair.of(1, Generate.constant(true))));
    Gen<Integer> licences = Generate.pick(List.of(3, 5, 8));
    Gen<SubscriptionCommand> step = Generate.frequency(List.of(
        Pair.of(3, index.zip(licences, salesAgent, SubscriptionCommand::quantity)),
        Pair.of(2, index.zip(salesAgent, (i, s) -> SubscriptionCommand.on(Kind.CANCEL, i, s))),
        Pair.of(2, index.zip(salesAgent, (i, s) -> SubscriptionCommand.on(Kind.SUSPEND, i, s))),
        Pair.of(2, index.zip(salesAgent,
            (i, s) -> SubscriptionCommand.on(Kind.REACTIVATE, i, s))),
        Pair.of(1, index.zip(Generate.booleans(), salesAgent, SubscriptionCommand::autoRenew)),
        Pair.of(1, index.zip(Generate.pick(List.of(BillingFrequency.values())), salesAgent,
            SubscriptionCommand::billing))));
    return lists().of(step.map(SubscriptionCommand::ignoringOutcome)).ofSizeBetween(2, maxSteps);
  }

  /** Scenarios of {@code min..max} steps that start with a purchase. */
  public static Gen<List<SubscriptionCommand>> subscriptionScenarios(int min, int max) {
    return lists().of(subscriptionCommands()).ofSizeBetween(min, max).zip(terms(),
        Generate.booleans(), (steps, term, autoRenew) -> {
          List<SubscriptionCommand> scenario = new ArrayList<>(steps.size() + 1);
          scenario.add(SubscriptionCommand.buy(term, autoRenew, 5, false));
          scenario.addAll(steps);
          return scenario;
        });
  }
}
