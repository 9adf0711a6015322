// SPDX-License-Identifier: Apache-2.0
/**
 * Where the programme publishes its events.
 */
@NullMarked
package dev.vouchers.core.programme.port.out;

import org.jspecify.annotations.NullMarked;
