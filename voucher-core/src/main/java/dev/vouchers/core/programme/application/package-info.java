// SPDX-License-Identifier: Apache-2.0
/**
 * The application services of every context and {@link VoucherProgramme},
 * which wires them (to be split by context in a later phase of issue 14).
 */
@NullMarked
package dev.vouchers.core.programme.application;

import org.jspecify.annotations.NullMarked;
