// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture.sample.ordering.domain;

import dev.vouchers.core.architecture.sample.voucher.application.SampleVoucherService;

/** A sample that breaks the application rules: another context reaches into a service. */
public record SampleOrderValue(int answer) {
  /** Reads the voucher context's service directly. */
  public static SampleOrderValue read() {
    return new SampleOrderValue(SampleVoucherService.answer());
  }
}
