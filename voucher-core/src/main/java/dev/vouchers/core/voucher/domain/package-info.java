// SPDX-License-Identifier: Apache-2.0
/**
 * The voucher and its life: statuses and the moves between them (V-1), its
 * history, expiry (V-4), activation message, domain control (D-1) and print
 * form. Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
