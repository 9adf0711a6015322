// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated idempotency-key scenario (G-3): runs on the
 * {@link IdempotencyHarness} and predicts the next {@link IdempotencyModel}.
 *
 * @param kind what to do
 * @param slot which caller's key (ONCE)
 * @param request which request (ONCE), 0..{@link IdempotencyModel#REQUESTS}-1
 * @param succeeds whether the work succeeds (ONCE)
 * @param answer the answer a successful work gives (ONCE)
 * @param by how far the clock moves (ADVANCE), or the age a sweep forgets (SWEEP)
 */
public record IdempotencyCommand(Kind kind, IdempotencyModel.Slot slot, int request,
    boolean succeeds, String answer, Duration by)
    implements Command<IdempotencyHarness, IdempotencyModel> {

  /** The kinds of step. */
  public enum Kind {
    /** A command under a key. */
    ONCE,
    /** Move the clock. */
    ADVANCE,
    /** Forget old uses. */
    SWEEP
  }

  /** Every part is required. */
  public IdempotencyCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(by, "by");
  }

  /** A command under a key. */
  public static IdempotencyCommand once(IdempotencyModel.Slot slot, int request,
      boolean succeeds, String answer) {
    return new IdempotencyCommand(Kind.ONCE, slot, request, succeeds, answer, Duration.ZERO);
  }

  /** Move the clock. */
  public static IdempotencyCommand advance(Duration by) {
    return new IdempotencyCommand(Kind.ADVANCE, new IdempotencyModel.Slot(0, 0), 0, false, "",
        by);
  }

  /** Forget the uses older than {@code age}. */
  public static IdempotencyCommand sweep(Duration age) {
    return new IdempotencyCommand(Kind.SWEEP, new IdempotencyModel.Slot(0, 0), 0, false, "",
        age);
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out.
   *
   * @return the same step, predicting the state alone
   */
  public Command<IdempotencyHarness, IdempotencyModel> ignoringOutcome() {
    return RacingStep.of(this, IdempotencyModel::withoutOutcome);
  }

  @Override
  public void run(IdempotencyHarness sut) {
    switch (kind) {
      case ONCE -> sut.once(slot, request, succeeds, answer);
      case ADVANCE -> sut.advance(by);
      case SWEEP -> sut.sweep(by);
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public IdempotencyModel nextState(IdempotencyModel model) {
    return switch (kind) {
      case ONCE -> model.once(slot, request, succeeds, answer);
      case ADVANCE -> model.advance(by);
      case SWEEP -> model.sweep(by);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ONCE -> "scope " + slot.scope() + " key " + slot.key() + " request " + request
          + (succeeds ? " succeeds with " + answer : " refused");
      case ADVANCE -> "advance " + by;
      case SWEEP -> "sweep older than " + by;
    };
  }
}
