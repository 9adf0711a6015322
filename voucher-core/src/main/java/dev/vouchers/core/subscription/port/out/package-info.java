// SPDX-License-Identifier: Apache-2.0
/**
 * What subscriptions need from outside: offers and subscriptions.
 */
@NullMarked
package dev.vouchers.core.subscription.port.out;

import org.jspecify.annotations.NullMarked;
