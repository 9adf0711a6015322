// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture.sample.voucher.application;

/** A sample that breaks the application rules: a public service outside its Wired record. */
public final class SampleVoucherService {
  /** Reached into by {@code SampleOrderValue}, another context. */
  public static int answer() {
    return 42;
  }
}
