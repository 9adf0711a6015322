// SPDX-License-Identifier: Apache-2.0
/**
 * Subscriptions and their offers: terms, renewals, status moves (U-1..U-5).
 * Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
