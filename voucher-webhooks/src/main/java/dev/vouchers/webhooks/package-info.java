// SPDX-License-Identifier: Apache-2.0
/**
 * M-5: the events of the event outbox delivered as signed webhooks over the JDK alone
 * ({@link dev.vouchers.webhooks.WebhookDelivery}), and the check a receiver makes of them
 * ({@link dev.vouchers.webhooks.WebhookSignature}).
 */
@NullMarked
package dev.vouchers.webhooks;

import org.jspecify.annotations.NullMarked;
