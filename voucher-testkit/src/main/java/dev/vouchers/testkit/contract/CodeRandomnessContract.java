// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.port.out.CodeRandomness;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link CodeRandomness} port (C-2): every byte is filled and the bits
 * look uniform. (Statistical only: it catches broken sources, it cannot prove security.)
 */
public abstract class CodeRandomnessContract {

  /** The source under test. */
  protected abstract CodeRandomness randomness();

  @Test
  void successiveFillsDiffer_C2() {
    byte[] first = new byte[16];
    byte[] second = new byte[16];
    randomness().fill(first);
    randomness().fill(second);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void bitsAreBalanced_C2() {
    byte[] bytes = new byte[1 << 16];
    randomness().fill(bytes);
    long ones = 0;
    int[] byPosition = new int[8];
    for (byte b : bytes) {
      ones += Integer.bitCount(b & 0xff);
      for (int bit = 0; bit < 8; bit++) {
        byPosition[bit] += (b >> bit) & 1;
      }
    }
    double share = ones / (bytes.length * 8.0);
    assertThat(share).isBetween(0.49, 0.51);
    assertThat(Arrays.stream(byPosition).min().orElseThrow()).isGreaterThan(bytes.length / 2 - 1000);
    assertThat(Arrays.stream(byPosition).max().orElseThrow()).isLessThan(bytes.length / 2 + 1000);
  }
}
