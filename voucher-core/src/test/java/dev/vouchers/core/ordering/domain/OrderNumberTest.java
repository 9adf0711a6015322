// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

  @Test
  void isNineDigitsWithoutALeadingZero_M4() {
    assertThat(new OrderNumber(100_000_000L).toString()).isEqualTo("100000000");
    assertThatThrownBy(() -> new OrderNumber(99_999_999L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderNumber(1_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isShownInThreeGroupsOfThree_M4() {
    assertThat(new OrderNumber(123_456_789L).grouped()).isEqualTo("123 456 789");
  }

  @Test
  void readsWhatAPersonTypesIgnoringSpacesHyphensAndDots_M4() {
    assertThat(OrderNumber.parse("123 456 789")).contains(new OrderNumber(123_456_789L));
    assertThat(OrderNumber.parse("123-456-789")).contains(new OrderNumber(123_456_789L));
    assertThat(OrderNumber.parse(" 123.456.789 ")).contains(new OrderNumber(123_456_789L));
    assertThat(OrderNumber.parse("12345678")).isEmpty();
    assertThat(OrderNumber.parse("1234567890")).isEmpty();
    assertThat(OrderNumber.parse("012345678")).isEmpty();
    assertThat(OrderNumber.parse("12345678x")).isEmpty();
    assertThat(OrderNumber.parse("")).isEmpty();
    assertThat(OrderNumber.parse("1".repeat(OrderNumber.MAX_INPUT + 1))).isEmpty();
  }

  @Test
  void everyNumberReadsBackFromItsDigitsAndItsGroups_M4() {
    qt().forAll(longs().between(OrderNumber.MIN, OrderNumber.MAX)).checkAssert(value -> {
      OrderNumber number = new OrderNumber(value);
      assertThat(OrderNumber.parse(number.toString())).contains(number);
      assertThat(OrderNumber.parse(number.grouped())).contains(number);
    });
  }

  @Test
  void noTextMakesParsingThrow_M4_L4() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text ->
        assertThat(OrderNumber.parse(text)).isInstanceOf(Optional.class));
  }

  @Test
  void drawsOnlyNumbersInRangeAndRejectsBiasedDraws_M4() {
    // 0xffffffff is above the last whole multiple of the range: rejected, then 0 gives MIN
    byte[][] draws = {{-1, -1, -1, -1}, {0, 0, 0, 0}};
    int[] call = {0};
    OrderNumber drawn = OrderNumber.draw(bytes -> System.arraycopy(draws[call[0]++], 0, bytes, 0,
        4));
    assertThat(drawn).isEqualTo(new OrderNumber(OrderNumber.MIN));
    assertThat(call[0]).isEqualTo(2);
    qt().forAll(longs().all()).checkAssert(seed -> {
      java.util.Random random = new java.util.Random(seed);
      OrderNumber n = OrderNumber.draw(random::nextBytes);
      assertThat(n.value()).isBetween(OrderNumber.MIN, OrderNumber.MAX);
    });
  }

  @Test
  void everyByteOfADrawCountsAndTheLastWholeMultipleIsRejected_M4() {
    // 3,600,000,000 = 4 x 900,000,000 is the first rejected value; 0x01020304 is taken as is
    long limit = 3_600_000_000L;
    byte[][] draws = {
        {(byte) (limit >>> 24), (byte) (limit >>> 16), (byte) (limit >>> 8), (byte) limit},
        {1, 2, 3, 4}};
    int[] call = {0};
    OrderNumber drawn = OrderNumber.draw(bytes -> System.arraycopy(draws[call[0]++], 0, bytes, 0,
        4));
    assertThat(call[0]).isEqualTo(2);
    assertThat(drawn.value()).isEqualTo(OrderNumber.MIN + 0x01020304L);
  }

  @Test
  void drawsSpreadOverTheWholeRange_M4() {
    java.util.Random random = new java.util.Random(42);
    int[] tenths = new int[10];
    for (int i = 0; i < 2_000; i++) {
      long value = OrderNumber.draw(random::nextBytes).value();
      tenths[(int) ((value - OrderNumber.MIN) * 10 / (OrderNumber.MAX - OrderNumber.MIN + 1))]++;
    }
    for (int tenth : tenths) {
      assertThat(tenth).as("draws per tenth of the range").isBetween(120, 280);
    }
  }

  @Test
  void readsTextUpToItsInputLimit_M4_L4() {
    String longest = "1" + ".".repeat(OrderNumber.MAX_INPUT - 9) + "23456789";
    assertThat(longest).hasSize(OrderNumber.MAX_INPUT);
    assertThat(OrderNumber.parse(longest)).contains(new OrderNumber(123_456_789L));
    assertThat(OrderNumber.parse(longest + " ")).isEmpty();
  }
}
