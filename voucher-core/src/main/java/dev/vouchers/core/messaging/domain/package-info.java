// SPDX-License-Identifier: Apache-2.0
/**
 * M-5: the durable events every change of state writes in its own transaction, as the outbox
 * keeps them and a delivery receives them. Pure: no I/O, no clock.
 */
@NullMarked
package dev.vouchers.core.messaging.domain;

import org.jspecify.annotations.NullMarked;
