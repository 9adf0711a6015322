// SPDX-License-Identifier: Apache-2.0
/**
 * Orders: placement with its quote and limits, the order's lines and status,
 * cancellation and its policy (O-1..O-4, V-6). Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
