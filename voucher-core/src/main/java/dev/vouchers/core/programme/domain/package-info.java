// SPDX-License-Identifier: Apache-2.0
/**
 * The programme as a whole: its settings and the events it publishes.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.programme.domain;

import dev.vouchers.core.kernel.VoucherStyle;
import org.jspecify.annotations.NullMarked;
