// SPDX-License-Identifier: Apache-2.0
/**
 * The voucher domain: values, aggregates and policies of a reseller voucher programme.
 *
 * <p>Everything here is pure: no I/O, no clock calls (time is always passed in), no
 * framework. A refused business move is returned as a {@link dev.vouchers.core.domain.Refusal}
 * carrying every reason that applies; bad input is a {@code Validation} accumulating every
 * violation; only broken invariants throw. Rule ids (T-1, V-3, ...) refer to the product brief.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.domain;

import org.jspecify.annotations.NullMarked;
