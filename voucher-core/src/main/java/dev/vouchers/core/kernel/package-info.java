// SPDX-License-Identifier: Apache-2.0
/**
 * The shared kernel: the values every context speaks in, and nothing else.
 *
 * <p>Money, the acting {@link Actor} and its {@link Access}, refusals with every
 * {@link Reason} (readable through {@code refusals*.properties}), paging ({@link
 * PageRequest}, {@link Page}, {@link Cursor}), typed ids, {@link Text} and instant
 * bounds, and the symbols, entropy and digests that codes and tokens share. It depends
 * on no context; pure like every domain room (no I/O, no clock: time is passed in).
 */
@NullMarked
package dev.vouchers.core.kernel;

import org.jspecify.annotations.NullMarked;
