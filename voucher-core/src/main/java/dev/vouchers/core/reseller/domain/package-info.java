// SPDX-License-Identifier: Apache-2.0
/**
 * The reseller programme: applications and their history, discounts and
 * customer links. Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
