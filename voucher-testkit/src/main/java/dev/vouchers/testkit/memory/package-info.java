// SPDX-License-Identifier: Apache-2.0
/** A thread-safe in-memory adapter of every outbound port; honours V-7 by conditional writes. */
@NullMarked
package dev.vouchers.testkit.memory;

import org.jspecify.annotations.NullMarked;
