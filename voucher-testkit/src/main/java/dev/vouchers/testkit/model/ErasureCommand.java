// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated erasure scenario (E-1): runs on the {@link ErasureHarness} and
 * predicts the next {@link ErasureModel}.
 *
 * @param kind what to do
 * @param voucher which voucher (SEND)
 * @param person which person of {@link ErasureModel#PEOPLE}
 * @param tag the link's tag, unique in a scenario, which its message carries (SEND)
 */
public record ErasureCommand(Kind kind, int voucher, int person, int tag)
    implements Command<ErasureHarness, ErasureModel> {

  /** The kinds of step. */
  public enum Kind {
    /** The partner sends a voucher's activation link to a person. */
    SEND,
    /** Vendor support erases a person by address. */
    ERASE
  }

  /** The kind is required. */
  public ErasureCommand {
    Objects.requireNonNull(kind, "kind");
  }

  /** Send the voucher's link to the person, with the tagged message. */
  public static ErasureCommand send(int voucher, int person, int tag) {
    return new ErasureCommand(Kind.SEND, voucher, person, tag);
  }

  /** Erase the person. */
  public static ErasureCommand erase(int person) {
    return new ErasureCommand(Kind.ERASE, 0, person, 0);
  }

  /**
   * The same step with another tag (a SEND; an ERASE is returned as it is).
   *
   * @param newTag the tag
   * @return the step
   */
  public ErasureCommand tagged(int newTag) {
    return kind == Kind.SEND ? send(voucher, person, newTag) : this;
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
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public ErasureModel nextState(ErasureModel model) {
    return switch (kind) {
      case SEND -> model.send(voucher, person, tag);
      case ERASE -> model.erase(person);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SEND -> "SEND(voucher " + voucher + " to " + ErasureModel.PEOPLE.get(
          Math.floorMod(person, ErasureModel.PEOPLE.size())) + ", #" + tag + ")";
      case ERASE -> "ERASE(" + ErasureModel.PEOPLE.get(
          Math.floorMod(person, ErasureModel.PEOPLE.size())) + ")";
    };
  }
}
