// SPDX-License-Identifier: Apache-2.0
/**
 * The relays that deliver the outboxes' messages (activation and
 * invitation e-mails) with retries and back-off.
 */
@NullMarked
package dev.vouchers.core.messaging.application;

import org.jspecify.annotations.NullMarked;
