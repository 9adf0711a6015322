// SPDX-License-Identifier: Apache-2.0
/**
 * Outbound ports: what the core needs from outside (storage, outbox, domain probe,
 * randomness). Storage adapters prove themselves with the contract suites of
 * {@code voucher-testkit}. Time comes from an injected {@link java.time.Clock}.
 */
@NullMarked
package dev.vouchers.core.port.out;

import org.jspecify.annotations.NullMarked;
