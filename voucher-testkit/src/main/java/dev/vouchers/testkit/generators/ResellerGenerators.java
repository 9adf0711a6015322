// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.testkit.model.ResellerCommand;
import dev.vouchers.testkit.model.ResellerCommand.Kind;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import dev.vouchers.testkit.model.ResellerModel.Party;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of reseller programme scenarios: weighted steps by every
 * kind of actor, with clock moves, so that the application's way, the links and the discounts
 * in time are all exercised. Failures shrink towards short scenarios.
 */
public final class ResellerGenerators {
  private ResellerGenerators() {}

  /**
   * One step. Each kind is mostly made by an actor who may make it (so that scenarios get
   * far: approved resellers, linked customers, discount changes) and sometimes by anyone else
   * (so that refusals are checked too); partner 0 is named most often.
   */
  public static Gen<ResellerCommand> resellerCommands() {
    Gen<Integer> partner = Generate.frequency(List.of(
        Pair.of(5, Generate.constant(0)), Pair.of(3, Generate.constant(1)),
        Pair.of(2, Generate.constant(2))));
    Gen<Integer> customer = integers().between(0, ResellerModel.CUSTOMERS - 1);
    Gen<Party> anyone = Generate.enumValues(Party.class);
    Gen<BigDecimal> percent = Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("10"),
        new BigDecimal("12.5"), new BigDecimal("100"), new BigDecimal("101")));
    Gen<Optional<BigDecimal>> maybePercent = Generate.frequency(List.of(
        Pair.of(1, Generate.constant(Optional.<BigDecimal>empty())),
        Pair.of(3, percent.map(Optional::of))));
    Gen<Optional<BigDecimal>> none = Generate.constant(Optional.empty());
    Gen<Duration> advance = Generate.pick(List.of(Duration.ofSeconds(1), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofDays(1)));
    return Generate.frequency(List.of(
        Pair.of(3, partnerStep(Kind.APPLY, partner, mostly(anyone, Party.OWN_ADMIN), none)),
        Pair.of(3, partnerStep(Kind.SEND_CONTRACT, partner,
            mostly(anyone, Party.PARTNER_MANAGER), none)),
        Pair.of(3, partnerStep(Kind.SIGN, partner,
            mostly(anyone, Party.OWN_ADMIN, Party.PARTNER_MANAGER), none)),
        Pair.of(3, partnerStep(Kind.APPROVE, partner, mostly(anyone, Party.PARTNER_MANAGER),
            maybePercent)),
        Pair.of(1, partnerStep(Kind.REJECT, partner, mostly(anyone, Party.PARTNER_MANAGER),
            none)),
        Pair.of(2, partnerStep(Kind.DISCOUNT, partner, mostly(anyone, Party.PARTNER_MANAGER),
            percent.map(Optional::of))),
        Pair.of(5, linkStep(Kind.LINK, customer, partner, mostly(anyone, Party.SIGN_UP,
            Party.SUPPORT, Party.OWN_ADMIN, Party.OWN_ADMIN_AGENT))),
        Pair.of(2, linkStep(Kind.UNLINK, customer, partner, mostly(anyone, Party.SUPPORT,
            Party.OWN_ADMIN))),
        Pair.of(3, advance.map(by -> new ResellerCommand(Kind.ADVANCE, 0, 0,
            Party.PARTNER_MANAGER, Optional.empty(), by)))));
  }

  /**
   * Scenarios of {@code min..max} steps; most start with partners 0 and 1 approved through the
   * use cases (with or without a discount), so that links and discounts are reached.
   */
  public static Gen<List<ResellerCommand>> resellerScenarios(int min, int max) {
    Gen<Integer> approvedUpFront = Generate.frequency(List.of(
        Pair.of(1, Generate.constant(0)), Pair.of(2, Generate.constant(1)),
        Pair.of(2, Generate.constant(2))));
    Gen<Optional<BigDecimal>> discount = Generate.pick(List.of(Optional.<BigDecimal>empty(),
        Optional.of(new BigDecimal("10")), Optional.of(new BigDecimal("25"))));
    return lists().of(resellerCommands()).ofSizeBetween(min, max)
        .zip(approvedUpFront, discount, (steps, approved, percent) -> {
          List<ResellerCommand> scenario = new ArrayList<>();
          for (int p = 0; p < approved; p++) {
            scenario.addAll(approval(p, percent));
          }
          scenario.addAll(steps);
          return scenario;
        });
  }

  /**
   * Steps that race from several threads after {@link #racingStart()}: staff moving
   * partner 2's one application (send, sign, approve, reject), the partner manager setting the
   * discounts of the approved resellers 0 and 1, support linking and unlinking customers 0 and 1
   * to and from them. No step applies or moves the clock, so every step acts on a target fixed
   * before the race, and the end state must be that of some sequential order of the steps.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<ResellerHarness, ResellerModel>>> racingResellerSteps(
      int maxSteps) {
    Gen<Integer> reseller = integers().between(0, 1);
    Gen<Integer> customer = integers().between(0, 1);
    Gen<Optional<BigDecimal>> percent = Generate.pick(List.of(Optional.of(new BigDecimal("5")),
        Optional.of(new BigDecimal("15"))));
    Gen<Optional<BigDecimal>> none = Generate.constant(Optional.empty());
    Gen<ResellerCommand> step = Generate.frequency(List.of(
        Pair.of(2, partnerStep(Kind.SEND_CONTRACT, Generate.constant(2),
            Generate.constant(Party.PARTNER_MANAGER), none)),
        Pair.of(2, partnerStep(Kind.SIGN, Generate.constant(2),
            Generate.constant(Party.OWN_ADMIN), none)),
        Pair.of(2, partnerStep(Kind.APPROVE, Generate.constant(2),
            Generate.constant(Party.PARTNER_MANAGER), percent)),
        Pair.of(2, partnerStep(Kind.REJECT, Generate.constant(2),
            Generate.constant(Party.PARTNER_MANAGER), none)),
        Pair.of(2, partnerStep(Kind.DISCOUNT, reseller,
            Generate.constant(Party.PARTNER_MANAGER), percent)),
        Pair.of(4, linkStep(Kind.LINK, customer, reseller, Generate.constant(Party.SUPPORT))),
        Pair.of(2, linkStep(Kind.UNLINK, customer, reseller,
            Generate.constant(Party.SUPPORT)))));
    return lists().of(step.map(ResellerCommand::ignoringOutcome)).ofSizeBetween(2, maxSteps);
  }

  /**
   * Where the racing steps start: resellers 0 and 1 approved (10 %), partner 2's application
   * submitted.
   */
  public static List<ResellerCommand> racingStart() {
    List<ResellerCommand> start = new ArrayList<>(approval(0, Optional.of(BigDecimal.TEN)));
    start.addAll(approval(1, Optional.of(BigDecimal.TEN)));
    start.add(new ResellerCommand(Kind.APPLY, 2, 0, Party.OWN_ADMIN, Optional.empty(),
        Duration.ZERO));
    return start;
  }

  /** R-1 the whole way for one partner, each step by the actor who may make it. */
  public static List<ResellerCommand> approval(int partner, Optional<BigDecimal> discount) {
    return List.of(
        new ResellerCommand(Kind.APPLY, partner, 0, Party.OWN_ADMIN, Optional.empty(),
            Duration.ZERO),
        new ResellerCommand(Kind.SEND_CONTRACT, partner, 0, Party.PARTNER_MANAGER,
            Optional.empty(), Duration.ZERO),
        new ResellerCommand(Kind.SIGN, partner, 0, Party.OWN_ADMIN, Optional.empty(),
            Duration.ZERO),
        new ResellerCommand(Kind.APPROVE, partner, 0, Party.PARTNER_MANAGER, discount,
            Duration.ZERO));
  }

  /** The actor: one of {@code usual} three times in four, anyone otherwise. */
  private static Gen<Party> mostly(Gen<Party> anyone, Party... usual) {
    return Generate.frequency(List.of(Pair.of(3, Generate.pick(List.of(usual))),
        Pair.of(1, anyone)));
  }

  private static Gen<ResellerCommand> partnerStep(Kind kind, Gen<Integer> partner,
      Gen<Party> actor, Gen<Optional<BigDecimal>> percent) {
    return partner.zip(actor, percent, (p, a, d) ->
        new ResellerCommand(kind, p, 0, a, d, Duration.ZERO));
  }

  private static Gen<ResellerCommand> linkStep(Kind kind, Gen<Integer> customers,
      Gen<Integer> resellers, Gen<Party> actor) {
    return customers.zip(resellers, actor, (customer, reseller, a) ->
        new ResellerCommand(kind, reseller, customer, a, Optional.empty(), Duration.ZERO));
  }
}
