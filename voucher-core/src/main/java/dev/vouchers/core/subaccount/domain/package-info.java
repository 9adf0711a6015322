// SPDX-License-Identifier: Apache-2.0
/**
 * Sub-accounts a partner invites (I-1..I-3): the invitation and its
 * lifecycle, its e-mail, and the sub-account an accepted invitation creates.
 * Pure: no I/O, no clock.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
