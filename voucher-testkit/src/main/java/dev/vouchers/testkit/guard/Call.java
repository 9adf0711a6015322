// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One generated call of a use case: the command is built (a constructor may refuse a value as
 * a broken invariant: that is not a call), then the use case runs, with the clock set to
 * {@code clock} if one is given.
 */
final class Call {
  final String useCase;
  final String hostileField;
  final String description;
  final Optional<Instant> clock;
  private final Supplier<?> build;
  private final Function<Object, ?> invoke;

  @SuppressWarnings("unchecked")
  <C> Call(String useCase, String hostileField, String description, Optional<Instant> clock,
      Supplier<C> build, Function<C, ?> invoke) {
    this.useCase = useCase;
    this.hostileField = hostileField;
    this.description = description;
    this.clock = clock;
    this.build = build;
    this.invoke = (Function<Object, ?>) invoke;
  }

  Object build() {
    return build.get();
  }

  Object invoke(Object command) {
    return invoke.apply(command);
  }

  @Override
  public String toString() {
    return useCase + " with hostile " + hostileField + ": " + description;
  }
}
