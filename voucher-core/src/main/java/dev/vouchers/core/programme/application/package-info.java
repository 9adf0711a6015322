// SPDX-License-Identifier: Apache-2.0
/**
 * The composition: {@link VoucherProgramme}, built by {@link ProgrammeBuilder}, wires each
 * context's use cases through that context's {@code Wired<Context>} record (ADR 0068), gives
 * every service the programme's {@code Basics} (time, ids, retries, the one place answers are
 * published) and turns what the services tell into {@code ProgrammeEvent}s. What spans the
 * contexts stays here: idempotency keys (G-3), erasure of personal data (E-1), the re-keying
 * job (G-4) and the one answer for a feature that is not configured.
 */
@NullMarked
package dev.vouchers.core.programme.application;

import org.jspecify.annotations.NullMarked;
