// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated attempt-limit scenario (G-1): runs on the {@link AttemptsHarness} and
 * predicts the next {@link AttemptsModel}.
 *
 * @param kind what to do
 * @param key which caller key (COUNT, FORGIVE), 0..{@link AttemptsModel#KEYS}-1
 * @param by how far the clock moves (ADVANCE)
 */
public record AttemptsCommand(Kind kind, int key, Duration by)
    implements Command<AttemptsHarness, AttemptsModel> {

  /** The kinds of step. */
  public enum Kind {
    /** An attempt with a typed code, counted before the lookup. */
    COUNT,
    /** The code was usable: the attempt is taken back. */
    FORGIVE,
    /** Move the clock. */
    ADVANCE,
    /** Remove ended windows. */
    SWEEP
  }

  /** Every part is required. */
  public AttemptsCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
  }

  /** A step on a key. */
  public static AttemptsCommand on(Kind kind, int key) {
    return new AttemptsCommand(kind, key, Duration.ZERO);
  }

  /** Move the clock. */
  public static AttemptsCommand advance(Duration by) {
    return new AttemptsCommand(Kind.ADVANCE, 0, by);
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link AttemptsModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<AttemptsHarness, AttemptsModel> ignoringOutcome() {
    return RacingStep.of(this, AttemptsModel::withoutOutcome);
  }

  @Override
  public void run(AttemptsHarness sut) {
    switch (kind) {
      case COUNT -> sut.count(key);
      case FORGIVE -> sut.forgive(key);
      case ADVANCE -> sut.advance(by);
      case SWEEP -> sut.sweep();
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public AttemptsModel nextState(AttemptsModel model) {
    return switch (kind) {
      case COUNT -> model.count(key);
      case FORGIVE -> model.forgive(key);
      case ADVANCE -> model.advance(by);
      case SWEEP -> model.sweep();
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case COUNT -> "count key " + key;
      case FORGIVE -> "forgive key " + key;
      case ADVANCE -> "advance " + by;
      case SWEEP -> "sweep";
    };
  }
}
