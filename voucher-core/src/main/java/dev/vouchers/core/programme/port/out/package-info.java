// SPDX-License-Identifier: Apache-2.0
/**
 * Where the programme publishes its events, where it keeps idempotency keys (G-3), and how it
 * erases personal data (E-1).
 */
@NullMarked
package dev.vouchers.core.programme.port.out;

import org.jspecify.annotations.NullMarked;
