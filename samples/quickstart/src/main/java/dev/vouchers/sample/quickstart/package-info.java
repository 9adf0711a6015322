// SPDX-License-Identifier: Apache-2.0
/** The quickstart: the whole voucher lifecycle in one plain {@code main}. */
@NullMarked
package dev.vouchers.sample.quickstart;

import org.jspecify.annotations.NullMarked;
