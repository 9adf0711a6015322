// SPDX-License-Identifier: Apache-2.0
/**
 * M-5: the use cases of the event outbox for the vendor's staff and the operator: list the
 * parked events, retry one.
 */
@NullMarked
package dev.vouchers.core.messaging.port.in;

import org.jspecify.annotations.NullMarked;
