// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated erasure scenario (E-1): runs on the {@link ErasureHarness} and
 * predicts the next {@link ErasureModel}.
 *
 * @param kind what to do
 * @param voucher which voucher (SEND, REDEEM)
 * @param person which person of {@link ErasureModel#PEOPLE} (SEND, ERASE), or which customer of
 *     {@link ErasureModel#CUSTOMERS} (ORDER, ERASE_CUSTOMER)
 * @param tag the link's or order's tag, unique in a scenario, which its message or notes carry
 *     (SEND, ORDER)
 * @param seconds the seconds that pass before the sweep runs (SWEEP)
 */
public record ErasureCommand(Kind kind, int voucher, int person, int tag, int seconds)
    implements Command<ErasureHarness, ErasureModel> {

  /** The kinds of step. */
  public enum Kind {
    /** The partner sends a voucher's activation link to a person. */
    SEND,
    /** Vendor support erases a person by address. */
    ERASE,
    /** The partner redeems a voucher, which closes it. */
    REDEEM,
    /** Time passes, then the automatic erasure runs (E-1's retention). */
    SWEEP,
    /** The partner places an order for a customer, with tagged notes. */
    ORDER,
    /** Vendor support erases a customer of the partner by name. */
    ERASE_CUSTOMER
  }

  /** The kind is required. */
  public ErasureCommand {
    Objects.requireNonNull(kind, "kind");
  }

  /** Send the voucher's link to the person, with the tagged message. */
  public static ErasureCommand send(int voucher, int person, int tag) {
    return new ErasureCommand(Kind.SEND, voucher, person, tag, 0);
  }

  /** Erase the person. */
  public static ErasureCommand erase(int person) {
    return new ErasureCommand(Kind.ERASE, 0, person, 0, 0);
  }

  /** Redeem the voucher. */
  public static ErasureCommand redeem(int voucher) {
    return new ErasureCommand(Kind.REDEEM, voucher, 0, 0, 0);
  }

  /** Place an order for the customer, with the tagged notes. */
  public static ErasureCommand order(int customer, int tag) {
    return new ErasureCommand(Kind.ORDER, 0, customer, tag, 0);
  }

  /** Erase the customer. */
  public static ErasureCommand eraseCustomer(int customer) {
    return new ErasureCommand(Kind.ERASE_CUSTOMER, 0, customer, 0, 0);
  }

  /** Let {@code seconds} pass, then sweep. */
  public static ErasureCommand sweep(int seconds) {
    return new ErasureCommand(Kind.SWEEP, 0, 0, 0, seconds);
  }

  /**
   * The same step with another tag (a SEND or an ORDER; any other step is returned as it is).
   *
   * @param newTag the tag
   * @return the step
   */
  public ErasureCommand tagged(int newTag) {
    return switch (kind) {
      case SEND -> send(voucher, person, newTag);
      case ORDER -> order(person, newTag);
      default -> this;
    };
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link ErasureModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<ErasureHarness, ErasureModel> ignoringOutcome() {
    return RacingStep.of(this, ErasureModel::withoutOutcome);
  }

  @Override
  public void run(ErasureHarness sut) {
    switch (kind) {
      case SEND -> sut.send(voucher, person, tag);
      case ERASE -> sut.erase(person);
      case REDEEM -> sut.redeem(voucher);
      case SWEEP -> sut.sweep(seconds);
      case ORDER -> sut.order(person, tag);
      case ERASE_CUSTOMER -> sut.eraseCustomer(person);
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public ErasureModel nextState(ErasureModel model) {
    return switch (kind) {
      case SEND -> model.send(voucher, person, tag);
      case ERASE -> model.erase(person);
      case REDEEM -> model.redeem(voucher);
      case SWEEP -> model.sweep(seconds);
      case ORDER -> model.order(person, tag);
      case ERASE_CUSTOMER -> model.eraseCustomer(person);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SEND -> "SEND(voucher " + voucher + " to " + ErasureModel.PEOPLE.get(
          Math.floorMod(person, ErasureModel.PEOPLE.size())) + ", #" + tag + ")";
      case ERASE -> "ERASE(" + ErasureModel.PEOPLE.get(
          Math.floorMod(person, ErasureModel.PEOPLE.size())) + ")";
      case REDEEM -> "REDEEM(voucher " + voucher + ")";
      case SWEEP -> "SWEEP(after " + seconds + " s)";
      case ORDER -> "ORDER(for " + ErasureModel.CUSTOMERS.get(
          Math.floorMod(person, ErasureModel.CUSTOMERS.size())) + ", #" + tag + ")";
      case ERASE_CUSTOMER -> "ERASE_CUSTOMER(" + ErasureModel.CUSTOMERS.get(
          Math.floorMod(person, ErasureModel.CUSTOMERS.size())) + ")";
    };
  }
}
