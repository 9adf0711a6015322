// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.util.function.UnaryOperator;
import org.quicktheories.core.stateful.Command;

/**
 * A step for a parallel check: steps that race have no "last" outcome, so the step's prediction
 * leaves the outcome out; it runs and prints as the step itself.
 */
final class RacingStep {
  private RacingStep() {}

  /**
   * The step, predicting the state alone.
   *
   * @param step the step
   * @param withoutOutcome the model's state without its last outcome
   * @return the racing step
   */
  static <S, M> Command<S, M> of(Command<S, M> step, UnaryOperator<M> withoutOutcome) {
    return new Command<>() {
      @Override
      public void run(S sut) {
        step.run(sut);
      }

      @Override
      public M nextState(M model) {
        return withoutOutcome.apply(step.nextState(model));
      }

      @Override
      public String toString() {
        return step.toString();
      }
    };
  }
}
