// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.time.Duration;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated subscription scenario: runs on the {@link SubscriptionHarness} and
 * predicts the next {@link SubscriptionModel}. Subscriptions are addressed by position (wrapped
 * around what exists).
 *
 * @param kind what to do
 * @param index which subscription
 * @param quantity licences (BUY, QUANTITY)
 * @param term the term (BUY)
 * @param flag auto-renew (BUY, AUTO_RENEW)
 * @param billing the billing frequency (BILLING)
 * @param salesAgent whether the sales agent acts instead of the admin agent (U-5)
 * @param by how far the clock moves (ADVANCE)
 */
public record SubscriptionCommand(
    Kind kind, int index, int quantity, SubscriptionTerm term, boolean flag,
    BillingFrequency billing, boolean salesAgent, Duration by)
    implements Command<SubscriptionHarness, SubscriptionModel> {

  /** The kinds of step. */
  public enum Kind {
    /** Buy a subscription. */
    BUY,
    /** The publisher activates. */
    ACTIVATE,
    /** Change the licences. */
    QUANTITY,
    /** Cancel. */
    CANCEL,
    /** Switch auto-renew. */
    AUTO_RENEW,
    /** Change the billing frequency. */
    BILLING,
    /** Suspend. */
    SUSPEND,
    /** Reactivate. */
    REACTIVATE,
    /** Move the clock. */
    ADVANCE,
    /** Run the sweep. */
    SWEEP
  }

  /** Every part is required. */
  public SubscriptionCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(billing, "billing");
    Objects.requireNonNull(by, "by");
  }

  /** A step on a subscription. */
  public static SubscriptionCommand on(Kind kind, int index, boolean salesAgent) {
    return new SubscriptionCommand(kind, index, 0, SubscriptionTerm.MONTHLY, false,
        BillingFrequency.MONTHLY, salesAgent, Duration.ZERO);
  }

  /** Buy. */
  public static SubscriptionCommand buy(SubscriptionTerm term, boolean autoRenew, int quantity,
      boolean salesAgent) {
    return new SubscriptionCommand(Kind.BUY, 0, quantity, term, autoRenew,
        BillingFrequency.MONTHLY, salesAgent, Duration.ZERO);
  }

  /** Change the licences. */
  public static SubscriptionCommand quantity(int index, int quantity, boolean salesAgent) {
    return new SubscriptionCommand(Kind.QUANTITY, index, quantity, SubscriptionTerm.MONTHLY,
        false, BillingFrequency.MONTHLY, salesAgent, Duration.ZERO);
  }

  /** Switch auto-renew. */
  public static SubscriptionCommand autoRenew(int index, boolean on, boolean salesAgent) {
    return new SubscriptionCommand(Kind.AUTO_RENEW, index, 0, SubscriptionTerm.MONTHLY, on,
        BillingFrequency.MONTHLY, salesAgent, Duration.ZERO);
  }

  /** Change the billing frequency. */
  public static SubscriptionCommand billing(int index, BillingFrequency billing,
      boolean salesAgent) {
    return new SubscriptionCommand(Kind.BILLING, index, 0, SubscriptionTerm.MONTHLY, false,
        billing, salesAgent, Duration.ZERO);
  }

  /** Move the clock. */
  public static SubscriptionCommand advance(Duration by) {
    return new SubscriptionCommand(Kind.ADVANCE, 0, 0, SubscriptionTerm.MONTHLY, false,
        BillingFrequency.MONTHLY, false, by);
  }

  /** Run the sweep. */
  public static SubscriptionCommand sweep() {
    return on(Kind.SWEEP, 0, false);
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link SubscriptionModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<SubscriptionHarness, SubscriptionModel> ignoringOutcome() {
    return RacingStep.of(this, SubscriptionModel::withoutOutcome);
  }

  @Override
  public void run(SubscriptionHarness sut) {
    switch (kind) {
      case BUY -> sut.buy(term, flag, quantity, salesAgent);
      case ACTIVATE -> sut.activate(index);
      case QUANTITY -> sut.changeQuantity(index, quantity, salesAgent);
      case CANCEL -> sut.cancel(index, salesAgent);
      case AUTO_RENEW -> sut.switchAutoRenew(index, flag, salesAgent);
      case BILLING -> sut.changeBilling(index, billing, salesAgent);
      case SUSPEND -> sut.suspend(index, salesAgent);
      case REACTIVATE -> sut.reactivate(index, salesAgent);
      case ADVANCE -> sut.advance(by);
      case SWEEP -> sut.sweep();
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public SubscriptionModel nextState(SubscriptionModel model) {
    return switch (kind) {
      case BUY -> model.buy(term, flag, quantity);
      case ACTIVATE -> model.activate(index);
      case QUANTITY -> model.changeQuantity(index, quantity, salesAgent);
      case CANCEL -> model.cancel(index, salesAgent);
      case AUTO_RENEW -> model.switchAutoRenew(index, flag, salesAgent);
      case BILLING -> model.changeBilling(index, billing, salesAgent);
      case SUSPEND -> model.suspend(index, salesAgent);
      case REACTIVATE -> model.reactivate(index, salesAgent);
      case ADVANCE -> model.advance(by);
      case SWEEP -> model.sweep();
    };
  }

  @Override
  public String toString() {
    String who = salesAgent ? ", sales agent" : "";
    return switch (kind) {
      case BUY -> "BUY(" + term + ", " + quantity + (flag ? ", auto-renew" : "") + who + ")";
      case QUANTITY -> "QUANTITY(" + index + ", " + quantity + who + ")";
      case AUTO_RENEW -> "AUTO_RENEW(" + index + ", " + flag + who + ")";
      case BILLING -> "BILLING(" + index + ", " + billing + who + ")";
      case ADVANCE -> "ADVANCE(" + by + ")";
      case SWEEP -> "SWEEP";
      default -> kind + "(" + index + who + ")";
    };
  }
}
