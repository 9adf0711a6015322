// SPDX-License-Identifier: Apache-2.0
/**
 * What a voucher needs from outside: a move's update, the domain probe and
 * code randomness.
 */
@NullMarked
package dev.vouchers.core.voucher.port.out;

import org.jspecify.annotations.NullMarked;
