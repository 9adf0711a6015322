// SPDX-License-Identifier: Apache-2.0
/** QuickTheories generators for orders, codes and lifecycle commands. */
@NullMarked
package dev.vouchers.testkit.generators;

import org.jspecify.annotations.NullMarked;
