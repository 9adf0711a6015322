// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Is this format big enough for this order?" (rules C-1, C-2). */
class CapacityAssessmentTest {

  private static final CodeFormat TINY = CodeFormat.of("", 16, List.of(4, 4, 4, 5), true).get();
  private static final BigDecimal ONE_IN_A_MILLION = new BigDecimal("0.000001");

  @Test
  void capacityIs32ToTheNumberOfRandomSymbols_C1() {
    assertThat(CodeFormat.defaults().capacity()).isEqualTo(BigInteger.valueOf(32).pow(19));
    assertThat(TINY.capacity()).isEqualTo(BigInteger.valueOf(32).pow(16));
    assertThat(TINY.assess(0, 1).capacity()).isEqualTo(BigInteger.valueOf(32).pow(16));
  }

  @Test
  void defaultMaximumCollisionProbabilityIsOneInAMillion() {
    assertThat(CapacityAssessment.DEFAULT_MAX_COLLISION_PROBABILITY).isEqualByComparingTo(ONE_IN_A_MILLION);
  }

  @Test
  void tinyFormatIsNotSufficientForAMillionMoreCodesAfter10ToThe13Issued_C1() {
    // (1e13 * 1e6 + 1e12 / 2) / 2^80 ~ 8.3e-6 > 1e-6
    CapacityAssessment assessment = TINY.assess(10_000_000_000_000L, 1_000_000L);
    assertThat(assessment.sufficient()).isFalse();
    assertThat(assessment.collisionProbability()).isGreaterThan(ONE_IN_A_MILLION);
    assertThat(assessment.totalAfterOrder()).isEqualTo(BigInteger.valueOf(10_000_001_000_000L));
    assertThat(assessment.totalAfterOrder()).isLessThan(assessment.capacity());
  }

  @Test
  void tinyFormatAfter10ToThe12IssuedIsJustWithinOneInAMillion_C1() {
    // (1e12 * 1e6 + 1e12 / 2) / 2^80 = 8.2718...e-7: within 1e-6, beyond 1e-7.
    CapacityAssessment assessment = TINY.assess(1_000_000_000_000L, 1_000_000L);
    assertThat(assessment.collisionProbability())
        .isBetween(new BigDecimal("8.27E-7"), new BigDecimal("8.28E-7"));
    assertThat(assessment.sufficient()).isTrue();
    assertThat(TINY.assess(1_000_000_000_000L, 1_000_000L, new BigDecimal("1E-7")).sufficient())
        .isFalse();
  }

  @Test
  void defaultFormatIsSufficientForAMillionCodes_C1() {
    CapacityAssessment assessment = CodeFormat.defaults().assess(0, 1_000_000L);
    assertThat(assessment.sufficient()).isTrue();
    assertThat(assessment.collisionProbability()).isLessThan(new BigDecimal("1E-16"));
    assertThat(CodeFormat.defaults().assess(1_000_000_000L, 1_000_000L).sufficient()).isTrue();
  }

  @Test
  void totalAboveCapacityIsNeverSufficient_C1() {
    qt().forAll(longs().between(1, 1_000_000), longs().between(0, 2_000_000), longs().between(0, 2_000_000))
        .checkAssert(
            (capacity, issued, requested) -> {
              CapacityAssessment assessment =
                  CapacityAssessment.evaluate(
                      BigInteger.valueOf(capacity), issued, requested, BigDecimal.ONE);
              if (issued + requested > capacity) {
                assertThat(assessment.sufficient()).isFalse();
              }
              assertThat(assessment.totalAfterOrder())
                  .isEqualTo(BigInteger.valueOf(issued + requested));
            });
    assertThat(CapacityAssessment.evaluate(BigInteger.TEN, 5, 6, BigDecimal.ONE).sufficient())
        .isFalse();
    assertThatThrownBy(
            () -> new CapacityAssessment(BigInteger.TEN, BigInteger.valueOf(11), BigDecimal.ZERO, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collisionProbabilityIsAnUpperBoundOfTheBirthdayBoundAndAtMostOne_C1() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (capacity, issued, requested) -> {
              BigDecimal p =
                  CapacityAssessment.evaluate(
                          BigInteger.valueOf(capacity), issued, requested, ONE_IN_A_MILLION)
                      .collisionProbability();
              BigInteger i = BigInteger.valueOf(issued);
              BigInteger r = BigInteger.valueOf(requested);
              // exact bound times 2*capacity, in integers
              BigDecimal doubled = new BigDecimal(i.multiply(r).shiftLeft(1).add(r.multiply(r)));
              BigDecimal pTimesDoubledCapacity =
                  p.multiply(new BigDecimal(BigInteger.valueOf(capacity).shiftLeft(1)));
              assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
              if (p.compareTo(BigDecimal.ONE) < 0) {
                assertThat(pTimesDoubledCapacity).isGreaterThanOrEqualTo(doubled);
                // and not much larger: rounded to three significant digits
                assertThat(pTimesDoubledCapacity).isLessThanOrEqualTo(doubled.multiply(new BigDecimal("1.01")));
              } else {
                assertThat(doubled).isGreaterThanOrEqualTo(
                    new BigDecimal(BigInteger.valueOf(capacity).shiftLeft(1)).multiply(new BigDecimal("0.99")));
              }
              assertThat(p.precision()).isLessThanOrEqualTo(3);
            });
  }

  @Test
  void rejectsNegativeCountsAndProbabilitiesOutsideZeroToOne() {
    CodeFormat format = CodeFormat.defaults();
    assertThatThrownBy(() -> format.assess(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> format.assess(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> format.assess(1, 1, new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> format.assess(1, 1, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyOrderHasProbabilityZero() {
    CapacityAssessment assessment = CodeFormat.defaults().assess(1_000, 0);
    assertThat(assessment.collisionProbability()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(assessment.sufficient()).isTrue();
  }

  @Test
  void anOrderFillingTheCodeSpaceExactlyAtTheHighestAcceptedRiskStillFits_C1() {
    BigInteger four = BigInteger.valueOf(4);
    CapacityAssessment full = CapacityAssessment.evaluate(four, 0, 4, BigDecimal.ONE);

    assertThat(full.totalAfterOrder()).isEqualTo(four);
    assertThat(full.collisionProbability()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(full.sufficient()).isTrue();
    assertThat(CapacityAssessment.evaluate(four, 1, 4, BigDecimal.ONE).sufficient())
        .isFalse();
  }

  @Test
  void theEdgesOfTheInvariantsAreAccepted_C1() {
    BigInteger one = BigInteger.ONE;
    assertThat(new CapacityAssessment(one, BigInteger.ZERO, BigDecimal.ONE,
        true).sufficient()).isTrue();
    assertThat(new CapacityAssessment(one, one, BigDecimal.ZERO, true).sufficient())
        .isTrue();
    assertThat(CapacityAssessment.evaluate(one, 0, 0, BigDecimal.ZERO).sufficient())
        .isTrue();
    assertThatThrownBy(() -> new CapacityAssessment(
        BigInteger.ZERO, BigInteger.ZERO, BigDecimal.ZERO, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CapacityAssessment.evaluate(
        BigInteger.ZERO, 0, 0, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
