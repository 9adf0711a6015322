// SPDX-License-Identifier: Apache-2.0
/**
 * The application services of every context and {@link VoucherProgramme}, which wires them.
 * Every service is given the {@code ProgrammeBasics} (settings, time, ids, events) and the ports it
 * uses;
 * only the services of orders and vouchers are given the {@code Context} with the voucher
 * lookups they share. The services move into their contexts in the order ADR 0067 proposes.
 */
@NullMarked
package dev.vouchers.core.programme.application;

import org.jspecify.annotations.NullMarked;
