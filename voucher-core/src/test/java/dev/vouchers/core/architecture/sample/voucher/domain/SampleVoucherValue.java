// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture.sample.voucher.domain;

/** A value of a sample context, which the sample kernel must not use. */
public record SampleVoucherValue(String name) {}
