// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture.sample.kernel;

import dev.vouchers.core.architecture.sample.voucher.domain.SampleVoucherValue;

/** A kernel value that breaks the rules on purpose: it uses a context (the rules must say so). */
public record SampleKernelValue(SampleVoucherValue leaked) {}
