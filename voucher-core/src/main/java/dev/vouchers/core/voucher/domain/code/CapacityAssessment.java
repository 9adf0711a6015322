// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The answer to "how many distinct codes does this format allow, and is that enough for this
 * order?", given before any code is generated (rule C-1). Produced by {@link
 * CodeFormat#assess(long, long)}.
 *
 * <p>A collision between a fresh code and an existing one is not a correctness problem: storage
 * rejects duplicates (C-1) and the generator retries. But a format whose space is so small that
 * retries become likely is too guessable and is refused; {@link #sufficient()} captures that.
 *
 * @param capacity the number of distinct codes of the format, 32<sup>randomSymbols</sup>
 * @param totalAfterOrder the codes already issued plus the codes requested
 * @param collisionProbability an upper bound (birthday bound, rounded up to three significant
 *     digits, at most 1) on the probability that generating the requested codes produces any code
 *     equal to an issued one or to another new one
 * @param sufficient whether {@code totalAfterOrder <= capacity} and the collision probability is
 *     at most the accepted maximum
 */
public record CapacityAssessment(
    BigInteger capacity,
    BigInteger totalAfterOrder,
    BigDecimal collisionProbability,
    boolean sufficient) {

  /**
   * The collision probability accepted by default for one order: one in a million (10<sup>-6</sup>).
   * At this level a retry is a rare event rather than part of normal operation, and the code space
   * stays sparsely filled, which keeps guessing a valid code hopeless.
   */
  public static final BigDecimal DEFAULT_MAX_COLLISION_PROBABILITY = new BigDecimal("1E-6");

  /** Rounding of the probability: up (it is an upper bound), three significant digits. */
  private static final MathContext PRECISION = new MathContext(3, RoundingMode.UP);

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * Creates an assessment, checking its invariants.
   *
   * @param capacity the number of distinct codes, positive
   * @param totalAfterOrder the codes issued plus requested, not negative
   * @param collisionProbability a probability from 0 to 1
   * @param sufficient whether the order fits; only allowed if {@code totalAfterOrder <= capacity}
   * @throws IllegalArgumentException if an invariant is violated
   */
  public CapacityAssessment {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(totalAfterOrder, "totalAfterOrder");
    Objects.requireNonNull(collisionProbability, "collisionProbability");
    if (capacity.signum() <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (totalAfterOrder.signum() < 0) {
      throw new IllegalArgumentException("totalAfterOrder must not be negative");
    }
    if (collisionProbability.signum() < 0 || collisionProbability.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("collisionProbability must be within 0..1");
    }
    if (sufficient && totalAfterOrder.compareTo(capacity) > 0) {
      throw new IllegalArgumentException("an order exceeding the capacity cannot be sufficient");
    }
  }

  /**
   * Assesses an order against a code space of the given capacity.
   *
   * <p>The collision probability uses the birthday (union) bound: each of the {@code requested} new
   * codes hits one of the {@code alreadyIssued} codes with probability at most {@code
   * alreadyIssued / capacity}, and the new codes collide among themselves with probability at most
   * {@code requested² / (2 · capacity)}; hence p ≤ (alreadyIssued · requested + requested² / 2) /
   * capacity, capped at 1.
   *
   * @param capacity the number of distinct codes, positive
   * @param alreadyIssued codes already in storage, not negative
   * @param requested codes to generate now, not negative
   * @param maxCollisionProbability the largest acceptable probability, from 0 to 1
   * @return the assessment
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CapacityAssessment evaluate(
      BigInteger capacity, long alreadyIssued, long requested, BigDecimal maxCollisionProbability) {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(maxCollisionProbability, "maxCollisionProbability");
    if (capacity.signum() <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (alreadyIssued < 0 || requested < 0) {
      throw new IllegalArgumentException("issued and requested counts must not be negative");
    }
    if (maxCollisionProbability.signum() < 0
        || maxCollisionProbability.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("maxCollisionProbability must be within 0..1");
    }
    BigInteger issued = BigInteger.valueOf(alreadyIssued);
    BigInteger fresh = BigInteger.valueOf(requested);
    BigInteger total = issued.add(fresh);
    // 2 * (issued * fresh + fresh^2 / 2) = 2 * issued * fresh + fresh^2, exact in integers
    BigInteger doubledNumerator = issued.multiply(fresh).shiftLeft(1).add(fresh.multiply(fresh));
    BigDecimal bound =
        new BigDecimal(doubledNumerator)
            .divide(new BigDecimal(capacity).multiply(TWO), PRECISION);
    BigDecimal probability = bound.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : bound;
    boolean sufficient =
        total.compareTo(capacity) <= 0 && probability.compareTo(maxCollisionProbability) <= 0;
    return new CapacityAssessment(capacity, total, probability, sufficient);
  }
}
