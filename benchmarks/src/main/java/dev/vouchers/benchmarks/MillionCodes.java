// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.security.SecureRandom;
import java.util.List;

/**
 * One-shot operations for the peak-heap check of code generation: 1,000,000 codes by the library
 * ({@link Library}) and the same random bytes by hand ({@link Baseline}).
 */
public final class MillionCodes {

  /** Number of codes. */
  public static final int COUNT = 1_000_000;

  private MillionCodes() {}

  /** {@code CodeGenerator.next(1_000_000)} with the default format. */
  public static final class Library implements Runnable {

    /** Creates the operation. */
    public Library() {}

    @Override
    public void run() {
      List<VoucherCode> codes = new CodeGenerator(CodeFormat.defaults(), Entropy.secure()).next(COUNT);
      if (codes.size() != COUNT) {
        throw new IllegalStateException("expected " + COUNT + " codes");
      }
    }
  }

  /** {@code SecureRandom.nextBytes} of 1,000,000 × 12 bytes in one array. */
  public static final class Baseline implements Runnable {

    /** Creates the operation. */
    public Baseline() {}

    @Override
    public void run() {
      byte[] bytes = new byte[COUNT * CodeGenerationBenchmark.BYTES_PER_CODE];
      new SecureRandom().nextBytes(bytes);
      if (bytes.length == 0) {
        throw new IllegalStateException("no bytes");
      }
    }
  }
}
