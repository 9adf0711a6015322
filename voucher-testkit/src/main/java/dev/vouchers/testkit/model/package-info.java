// SPDX-License-Identifier: Apache-2.0
/**
 * The reference model of the voucher lifecycle: an independent, deliberately simple
 * restatement of the brief's rules (V-1, V-4, V-5, V-6, V-8, S-2) that property tests compare
 * the real services with, step by step ({@code Sequential.modelCheck}) and under concurrency
 * ({@code Parallel.parallelCheck}). It shares no rule code with the core.
 *
 * <p>{@link dev.vouchers.testkit.model.SubscriptionModel} does the same for subscriptions bought
 * for customers (U-1..U-5), with clock moves that close windows and end terms;
 * {@link dev.vouchers.testkit.model.ImportModel} for imports of codes (M-1) and
 * {@link dev.vouchers.testkit.model.ErasureModel} for erasure on request (E-1).
 */
@NullMarked
package dev.vouchers.testkit.model;

import org.jspecify.annotations.NullMarked;
