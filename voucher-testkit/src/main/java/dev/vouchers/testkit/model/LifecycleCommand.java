// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated lifecycle scenario: runs on the {@link LifecycleHarness} and
 * predicts the next {@link LifecycleModel}. Orders and vouchers are addressed by position
 * (wrapped around what exists).
 *
 * @param kind what to do
 * @param order which order
 * @param voucher which voucher of the order
 * @param quantity how many vouchers (PLACE)
 * @param organisationProduct whether the order is for an organisation product (PLACE)
 * @param by how far the clock moves (ADVANCE), or the new expiry from now (EXTEND)
 * @param text the comment (COMMENT)
 */
public record LifecycleCommand(
    Kind kind, int order, int voucher, int quantity, boolean organisationProduct, Duration by,
    String text) implements Command<LifecycleHarness, LifecycleModel> {

  /** The kinds of step. */
  public enum Kind {
    /** Place an order. */
    PLACE,
    /** Send an activation link. */
    SEND,
    /** Withdraw the link. */
    WITHDRAW,
    /** Start organisation activation. */
    START_ORGANISATION,
    /** Submit the certificate request. */
    SUBMIT,
    /** Mark redeemed. */
    REDEEM,
    /** Report the certificate revoked. */
    REVOKE,
    /** Comment. */
    COMMENT,
    /** Move the clock. */
    ADVANCE,
    /** Run the expiry sweep. */
    SWEEP,
    /** Cancel an order. */
    CANCEL,
    /** Vendor staff extend the expiry of a voucher (M-2). */
    EXTEND
  }

  /** Every part is required. */
  public LifecycleCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(text, "text");
  }

  /** A step that addresses a voucher. */
  public static LifecycleCommand on(Kind kind, int order, int voucher) {
    return new LifecycleCommand(kind, order, voucher, 0, false, Duration.ZERO, "");
  }

  /** Place an order. */
  public static LifecycleCommand place(int quantity, boolean organisationProduct) {
    return new LifecycleCommand(Kind.PLACE, 0, 0, quantity, organisationProduct, Duration.ZERO, "");
  }

  /** Move the clock. */
  public static LifecycleCommand advance(Duration by) {
    return new LifecycleCommand(Kind.ADVANCE, 0, 0, 0, false, by, "");
  }

  /** M-2: extend the expiry of a voucher to {@code by} from now. */
  public static LifecycleCommand extend(int order, int voucher, Duration by) {
    return new LifecycleCommand(Kind.EXTEND, order, voucher, 0, false, by, "");
  }

  /** Comment on a voucher. */
  public static LifecycleCommand comment(int order, int voucher, String text) {
    return new LifecycleCommand(Kind.COMMENT, order, voucher, 0, false, Duration.ZERO, text);
  }

  @Override
  public void run(LifecycleHarness sut) {
    switch (kind) {
      case PLACE -> sut.place(quantity, organisationProduct);
      case SEND -> sut.send(order, voucher);
      case WITHDRAW -> sut.withdraw(order, voucher);
      case START_ORGANISATION -> sut.startOrganisationActivation(order, voucher);
      case SUBMIT -> sut.submitRequest(order, voucher);
      case REDEEM -> sut.redeem(order, voucher);
      case REVOKE -> sut.revoke(order, voucher);
      case COMMENT -> sut.comment(order, voucher, text);
      case ADVANCE -> sut.advance(by);
      case SWEEP -> sut.sweep();
      case CANCEL -> sut.cancel(order);
      case EXTEND -> sut.extend(order, voucher, by);
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public LifecycleModel nextState(LifecycleModel model) {
    return switch (kind) {
      case PLACE -> model.place(quantity, organisationProduct);
      case SEND -> model.send(order, voucher);
      case WITHDRAW -> model.withdraw(order, voucher);
      case START_ORGANISATION -> model.startOrganisationActivation(order, voucher);
      case SUBMIT -> model.submitRequest(order, voucher);
      case REDEEM -> model.redeem(order, voucher);
      case REVOKE -> model.revoke(order, voucher);
      case COMMENT -> model.comment(order, voucher, text);
      case ADVANCE -> model.advance(by);
      case SWEEP -> model.sweep();
      case CANCEL -> model.cancel(order);
      case EXTEND -> model.extend(order, voucher, by);
    };
  }

  /**
   * The same step for concurrent runs: its predicted state leaves out the last outcome, since
   * "last" has no meaning when steps run at once.
   */
  public Command<LifecycleHarness, LifecycleModel> ignoringOutcome() {
    return RacingStep.of(this, LifecycleModel::withoutOutcome);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case PLACE -> "PLACE(" + quantity + (organisationProduct ? ", organisation)" : ")");
      case ADVANCE -> "ADVANCE(" + by + ")";
      case SWEEP -> "SWEEP";
      case CANCEL -> "CANCEL(order " + order + ")";
      case COMMENT -> "COMMENT(" + order + "/" + voucher + ", '" + text + "')";
      default -> kind + "(" + order + "/" + voucher + ")";
    };
  }
}
