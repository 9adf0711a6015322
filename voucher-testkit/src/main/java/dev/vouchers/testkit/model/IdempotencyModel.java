// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference model of G-3's idempotency keys, written from the rule and independent of any
 * store: a key is used within a scope (who calls); its first successful use keeps the request
 * and its answer; the same request again answers that, another request is refused as a reuse; a
 * refused first use keeps nothing; a sweep forgets uses first made before its cut-off.
 *
 * @param now the model's clock
 * @param uses the kept uses, by slot
 * @param last the last step's outcome, empty when the step had none to compare (a clock move,
 *     or steps that raced)
 */
public record IdempotencyModel(Instant now, Map<Slot, Use> uses, Optional<Step> last) {
  /** The scopes (callers) a scenario uses. */
  public static final int SCOPES = 2;
  /** The keys per scope a scenario uses. */
  public static final int KEYS = 2;
  /** The different requests a scenario sends under one key. */
  public static final int REQUESTS = 2;

  /**
   * One key of one caller.
   *
   * @param scope 0..{@link #SCOPES}-1
   * @param key 0..{@link #KEYS}-1
   */
  public record Slot(int scope, int key) implements Comparable<Slot> {
    @Override
    public int compareTo(Slot other) {
      return scope != other.scope ? Integer.compare(scope, other.scope)
          : Integer.compare(key, other.key);
    }
  }

  /**
   * A kept use.
   *
   * @param request which request (0..{@link #REQUESTS}-1)
   * @param answer the answer kept for it
   * @param at when the key was first used
   */
  public record Use(int request, String answer, Instant at) {}

  /** What a step answered. */
  public enum Kind {
    /** The work ran and succeeded; its answer is kept. */
    DONE,
    /** The work ran and was refused; nothing is kept. */
    REFUSED,
    /** The same request was done before: its answer again. */
    REPLAYED,
    /** The key was used for another request: nothing ran. */
    REUSED,
    /** A sweep: how many uses it forgot. */
    SWEPT
  }

  /**
   * A step's outcome.
   *
   * @param kind what happened
   * @param detail the answer (DONE, REPLAYED) or the count (SWEPT), else empty
   */
  public record Step(Kind kind, String detail) {}

  /** Every part is required; the uses are copied (sorted by slot). */
  public IdempotencyModel {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(last, "last");
    uses = java.util.Collections.unmodifiableMap(new TreeMap<>(uses));
  }

  /** Nothing kept at {@code start}. */
  public static IdempotencyModel initial(Instant start) {
    return new IdempotencyModel(start, Map.of(), Optional.empty());
  }

  /** One use of a key: the work succeeds with {@code answer}, or is refused. */
  public IdempotencyModel once(Slot slot, int request, boolean succeeds, String answer) {
    Use kept = uses.get(slot);
    if (kept != null) {
      return kept.request() == request
          ? new IdempotencyModel(now, uses, Optional.of(new Step(Kind.REPLAYED, kept.answer())))
          : new IdempotencyModel(now, uses, Optional.of(new Step(Kind.REUSED, "")));
    }
    if (!succeeds) {
      return new IdempotencyModel(now, uses, Optional.of(new Step(Kind.REFUSED, "")));
    }
    Map<Slot, Use> more = new TreeMap<>(uses);
    more.put(slot, new Use(request, answer, now));
    return new IdempotencyModel(now, more, Optional.of(new Step(Kind.DONE, answer)));
  }

  /** The clock moves on. */
  public IdempotencyModel advance(Duration by) {
    return new IdempotencyModel(now.plus(by), uses, Optional.empty());
  }

  /** Forgets the uses first made before {@code now - age}. */
  public IdempotencyModel sweep(Duration age) {
    Instant before = now.minus(age);
    Map<Slot, Use> kept = new TreeMap<>(uses);
    kept.values().removeIf(use -> use.at().isBefore(before));
    int swept = uses.size() - kept.size();
    return new IdempotencyModel(now, kept, Optional.of(new Step(Kind.SWEPT,
        String.valueOf(swept))));
  }

  /** The same state without the last step's outcome (steps that race have no "last" one). */
  public IdempotencyModel withoutOutcome() {
    return new IdempotencyModel(now, uses, Optional.empty());
  }
}
