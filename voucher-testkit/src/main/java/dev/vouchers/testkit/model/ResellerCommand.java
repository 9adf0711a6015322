// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.testkit.model.ResellerModel.Party;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated reseller programme scenario: runs on the {@link ResellerHarness}
 * and predicts the next {@link ResellerModel}.
 *
 * @param kind what to do
 * @param partner which partner (application steps) or reseller (link steps), 0..2
 * @param customer which customer (link steps), 0..2
 * @param actor who acts, relative to {@code partner}
 * @param percent the discount (APPROVE: maybe none; DISCOUNT)
 * @param by how far the clock moves (ADVANCE)
 */
public record ResellerCommand(
    Kind kind, int partner, int customer, Party actor, Optional<BigDecimal> percent,
    Duration by) implements Command<ResellerHarness, ResellerModel> {

  /** The kinds of step. */
  public enum Kind {
    /** apply. */
    APPLY,
    /** send the contract. */
    SEND_CONTRACT,
    /** record the signature. */
    SIGN,
    /** approve. */
    APPROVE,
    /** reject. */
    REJECT,
    /** set the discount. */
    DISCOUNT,
    /** link a customer. */
    LINK,
    /** unlink a customer. */
    UNLINK,
    /** Move the clock. */
    ADVANCE
  }

  /** Every part is required. */
  public ResellerCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(by, "by");
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link ResellerModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<ResellerHarness, ResellerModel> ignoringOutcome() {
    return RacingStep.of(this, ResellerModel::withoutOutcome);
  }

  @Override
  public void run(ResellerHarness sut) {
    switch (kind) {
      case APPLY -> sut.apply(partner, actor);
      case SEND_CONTRACT -> sut.sendContract(partner, actor);
      case SIGN -> sut.sign(partner, actor);
      case APPROVE -> sut.approve(partner, actor, percent);
      case REJECT -> sut.reject(partner, actor);
      case DISCOUNT -> sut.setDiscount(partner, actor, percent.orElse(BigDecimal.ZERO));
      case LINK -> sut.link(customer, partner, actor);
      case UNLINK -> sut.unlink(customer, partner, actor);
      case ADVANCE -> sut.advance(by);
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public ResellerModel nextState(ResellerModel model) {
    return switch (kind) {
      case APPLY -> model.apply(partner, actor);
      case SEND_CONTRACT -> model.sendContract(partner, actor);
      case SIGN -> model.sign(partner, actor);
      case APPROVE -> model.approve(partner, actor, percent);
      case REJECT -> model.reject(partner, actor);
      case DISCOUNT -> model.setDiscount(partner, actor, percent.orElse(BigDecimal.ZERO));
      case LINK -> model.link(customer, partner, actor);
      case UNLINK -> model.unlink(customer, partner, actor);
      case ADVANCE -> model.advance(by);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ADVANCE -> "ADVANCE " + by;
      case LINK, UNLINK -> kind + " customer-" + customer + " partner-" + partner + " by "
          + actor;
      default -> kind + " partner-" + partner + " by " + actor
          + percent.map(p -> " " + p.toPlainString() + "%").orElse("");
    };
  }
}
