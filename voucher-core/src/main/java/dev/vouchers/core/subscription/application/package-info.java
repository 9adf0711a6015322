// SPDX-License-Identifier: Apache-2.0
/**
 * The services of offers and subscriptions (U-1..U-5), wired by the programme through {@link
 * dev.vouchers.core.subscription.application.WiredSubscriptions}.
 */
@NullMarked
package dev.vouchers.core.subscription.application;

import org.jspecify.annotations.NullMarked;
