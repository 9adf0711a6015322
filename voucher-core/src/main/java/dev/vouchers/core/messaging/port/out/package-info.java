// SPDX-License-Identifier: Apache-2.0
/**
 * The outboxes and the deliveries the relays hand messages to.
 */
@NullMarked
package dev.vouchers.core.messaging.port.out;

import org.jspecify.annotations.NullMarked;
