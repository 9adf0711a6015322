// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.out;

import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * G-3: the idempotency keys of creating and sending commands, claimed atomically with what the
 * command writes. {@code IdempotencyKeysContract} in the testkit pins the behaviour.
 *
 * <p>{@link #once} runs a command under a key (scope and key digests, see
 * {@link IdempotentRequest}):
 *
 * <ul>
 *   <li>No use of the key is stored: the work runs. When it succeeds, the key is stored with
 *       the request's digest and the {@code answer} text, <em>in the same atomic step as the
 *       work's own writes</em> (a JDBC adapter runs the work's port calls in the transaction
 *       that inserts the key): a crash or a failure leaves neither. When the work is refused
 *       nothing is stored (a refusal changes nothing), so the key may be used again.
 *   <li>A use of the key with the same request digest is stored: the work does not run; the
 *       stored answer is returned ({@link Outcome.Replayed}).
 *   <li>A use with another request digest is stored: nothing runs ({@link Outcome.Reused}).
 *   <li>Another call with the same scope and key is running: at most one of them does the work.
 *       The other waits for it and answers as above; a store that cannot tell within a bounded
 *       wait answers {@link Outcome.InUse}, and nothing is done.
 * </ul>
 *
 * <p>Stored uses are kept until {@link #sweep} removes them; the programme sweeps only uses older
 * than its retention (at least 24 hours).
 */
public interface IdempotencyKeys {

  /**
   * Runs the work once per scope and key, as the interface says.
   *
   * @param request the key's use
   * @param work the command; a refusal (left) is returned as it is and stores nothing
   * @param answer the text kept for a successful result: enough to answer again (ids, sealed
   *     secrets); at most a few hundred kilobytes
   * @return what happened
   */
  <T> Outcome<T> once(IdempotentRequest request, Supplier<Either<Refusal, T>> work,
      Function<? super T, String> answer);

  /**
   * Deletes stored uses from before {@code before}, oldest first, at most {@code limit}, in one
   * set-based step.
   *
   * @return how many were deleted
   */
  int sweep(Instant before, int limit);

  /**
   * No store: every command runs, keys are not remembered, and {@link #sweep} deletes nothing.
   * The programme's default; wire a store to make keys count.
   */
  static IdempotencyKeys none() {
    return new IdempotencyKeys() {
      @Override
      public <T> Outcome<T> once(IdempotentRequest request, Supplier<Either<Refusal, T>> work,
          Function<? super T, String> answer) {
        return new Outcome.Done<>(work.get());
      }

      @Override
      public int sweep(Instant before, int limit) {
        return 0;
      }
    };
  }

  /**
   * What {@link #once} did.
   *
   * @param <T> the command's result
   */
  sealed interface Outcome<T> {
    /**
     * The work ran now; on success the key is stored with its answer.
     *
     * @param result the work's result or refusal
     * @param <T> the command's result
     */
    record Done<T>(Either<Refusal, T> result) implements Outcome<T> {
      /** Required. */
      public Done {
        Objects.requireNonNull(result, "result");
      }
    }

    /**
     * The same request was done before with this key; the work did not run.
     *
     * @param answer the stored answer text
     * @param <T> the command's result
     */
    record Replayed<T>(String answer) implements Outcome<T> {
      /** Required. */
      public Replayed {
        Objects.requireNonNull(answer, "answer");
      }
    }

    /**
     * The key was used for another request; nothing ran.
     *
     * @param <T> the command's result
     */
    record Reused<T>() implements Outcome<T> {}

    /**
     * Another call with this key has not finished; nothing ran. Retry.
     *
     * @param <T> the command's result
     */
    record InUse<T>() implements Outcome<T> {}
  }
}
