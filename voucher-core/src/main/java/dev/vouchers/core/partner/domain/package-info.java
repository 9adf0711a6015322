// SPDX-License-Identifier: Apache-2.0
/**
 * Partners: their features, tier changes and organisation mandates (T-5, D-2).
 * Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.partner.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
