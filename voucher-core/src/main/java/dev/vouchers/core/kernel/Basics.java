// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import io.vavr.control.Either;
import java.time.Instant;

/**
 * What the programme gives the services of every context and nothing more (ADR 0068): the
 * time within the range every database stores, new ids and tokens, how often a write that lost
 * to a concurrent writer is tried again, and the one place a use case's answer is published.
 * No port of a context: a service that needs one is given it by name.
 *
 * <p>The programme implements it; an embedder never needs to. It is public only because the
 * services of each context ({@code <context>.application}) are wired by the programme from
 * another package.
 */
public interface Basics {

  /**
   * L-4: the clock's reading within the range every database stores ({@link Instants}).
   *
   * @return now
   */
  Instant now();

  /**
   * A random (version 4) UUID drawn from the programme's randomness.
   *
   * @return a new id
   */
  String newId();

  /**
   * The programme's randomness (C-2), for tokens a context draws itself.
   *
   * @return the entropy
   */
  Entropy entropy();

  /**
   * How many times a conditional write that lost to a concurrent writer is tried, at least 1.
   *
   * @return the attempts
   */
  int conflictRetries();

  /**
   * V-3: the answer of a state-changing use case; a refusal is published as such.
   *
   * @param useCase the use case's interface
   * @param answer its answer
   * @param <T> what it answers with
   * @return {@code answer}
   */
  <T> Either<Refusal, T> answered(Class<?> useCase, Either<Refusal, T> answer);
}
