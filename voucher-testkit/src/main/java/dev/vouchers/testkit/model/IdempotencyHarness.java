// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotencyKeys.Outcome;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryIdempotencyKeys;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drives an {@link IdempotencyKeys} store (in-memory, or any adapter's) through the steps of an
 * {@link IdempotencyModel} scenario and reads back what it keeps, as a model. What a store keeps
 * is read by asking each slot with each request under a work that is refused (a refused use
 * keeps nothing, so reading changes nothing); when a use was first made is the instant the
 * harness passed with the call that did the work. Safe to drive from several threads; the
 * clock moves only between races.
 */
public final class IdempotencyHarness {
  /** The most uses one sweep forgets: more than a scenario keeps. */
  private static final int SWEEP_LIMIT = 1_000;

  private final IdempotencyKeys keys;
  private final MutableClock clock;
  private final Map<IdempotencyModel.Slot, Instant> doneAt = new ConcurrentHashMap<>();
  private volatile Optional<IdempotencyModel.Step> last = Optional.empty();

  private IdempotencyHarness(IdempotencyKeys keys, Instant start) {
    this.keys = keys;
    this.clock = new MutableClock(start);
  }

  /** A harness over the in-memory store. */
  public static IdempotencyHarness inMemory(Instant start) {
    return new IdempotencyHarness(new InMemoryIdempotencyKeys(), start);
  }

  /** A harness over any store (fresh and empty). */
  public static IdempotencyHarness over(IdempotencyKeys keys, Instant start) {
    return new IdempotencyHarness(keys, start);
  }

  /** One use of a key; the work succeeds with {@code answer} or is refused. */
  public void once(IdempotencyModel.Slot slot, int request, boolean succeeds, String answer) {
    Instant at = clock.instant();
    Outcome<String> outcome = keys.once(use(slot, request, at), () -> succeeds
        ? Either.right(answer)
        : Either.left(Refusal.of(ReasonCode.INVALID_INPUT, "refused by the scenario")), a -> a);
    IdempotencyModel.Step step;
    if (outcome instanceof Outcome.Done<String> done) {
      if (done.result().isRight()) {
        doneAt.put(slot, at);
        step = new IdempotencyModel.Step(IdempotencyModel.Kind.DONE, done.result().get());
      } else {
        step = new IdempotencyModel.Step(IdempotencyModel.Kind.REFUSED, "");
      }
    } else if (outcome instanceof Outcome.Replayed<String> replayed) {
      step = new IdempotencyModel.Step(IdempotencyModel.Kind.REPLAYED, replayed.answer());
    } else if (outcome instanceof Outcome.Reused<String>) {
      step = new IdempotencyModel.Step(IdempotencyModel.Kind.REUSED, "");
    } else {
      throw new AssertionError("a use of " + slot + " was still in progress although no other"
          + " call with it was running: " + outcome);
    }
    last = Optional.of(step);
  }

  /** Moves the clock. */
  public void advance(Duration by) {
    clock.advance(by);
    last = Optional.empty();
  }

  /** Forgets the uses first made before {@code now - age}. */
  public void sweep(Duration age) {
    int swept = keys.sweep(clock.instant().minus(age), SWEEP_LIMIT);
    last = Optional.of(new IdempotencyModel.Step(IdempotencyModel.Kind.SWEPT,
        String.valueOf(swept)));
  }

  /** What the store keeps, and the last step's outcome. */
  public IdempotencyModel snapshot() {
    Instant now = clock.instant();
    Map<IdempotencyModel.Slot, IdempotencyModel.Use> uses = new HashMap<>();
    for (int scope = 0; scope < IdempotencyModel.SCOPES; scope++) {
      for (int key = 0; key < IdempotencyModel.KEYS; key++) {
        IdempotencyModel.Slot slot = new IdempotencyModel.Slot(scope, key);
        for (int request = 0; request < IdempotencyModel.REQUESTS; request++) {
          Outcome<String> read = keys.once(use(slot, request, now),
              () -> Either.left(Refusal.of(ReasonCode.INVALID_INPUT, "only reading")), a -> a);
          if (read instanceof Outcome.Replayed<String> replayed) {
            uses.put(slot, new IdempotencyModel.Use(request, replayed.answer(),
                doneAt.getOrDefault(slot, Instant.EPOCH)));
          }
        }
      }
    }
    return new IdempotencyModel(now, uses, last);
  }

  private static IdempotentRequest use(IdempotencyModel.Slot slot, int request, Instant at) {
    return new IdempotentRequest(sha256("scope-" + slot.scope()), sha256("key-" + slot.key()),
        sha256("request-" + request), at);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
