// SPDX-License-Identifier: Apache-2.0
/**
 * Inbound ports: the use cases a webshop calls, one interface per verb, each with its command
 * record. Every command carries the acting {@link dev.vouchers.core.domain.Principal}.
 * Results are {@code Either<Refusal, T>}: a refusal carries every reason that applies and
 * means nothing changed; another partner's id is answered exactly like a missing one.
 */
@NullMarked
package dev.vouchers.core.port.in;

import org.jspecify.annotations.NullMarked;
