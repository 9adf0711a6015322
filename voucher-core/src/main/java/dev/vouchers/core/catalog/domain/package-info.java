// SPDX-License-Identifier: Apache-2.0
/**
 * The catalog: products, their configurations and kinds, the price book and its
 * tiers (P-1, T-1, T-2). Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
