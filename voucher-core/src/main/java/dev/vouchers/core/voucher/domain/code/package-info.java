// SPDX-License-Identifier: Apache-2.0
/**
 * Voucher codes: their format, generation, check symbol and sealing (C-1..C-5).
 * Side-effect free except {@link CodeGenerator}, which draws from an
 * {@link dev.vouchers.core.kernel.Entropy}.
 */
@NullMarked
package dev.vouchers.core.voucher.domain.code;

import org.jspecify.annotations.NullMarked;
