// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of subscriptions and offers.
 */
@NullMarked
package dev.vouchers.core.subscription.port.in;

import org.jspecify.annotations.NullMarked;
