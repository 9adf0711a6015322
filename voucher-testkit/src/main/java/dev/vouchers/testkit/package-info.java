// SPDX-License-Identifier: Apache-2.0
/**
 * The testkit: what authors of storage adapters and of their own property tests need.
 * {@link dev.vouchers.testkit.memory} holds the in-memory adapter, {@link dev.vouchers.testkit.contract}
 * the contract suites, {@link dev.vouchers.testkit.generators} QuickTheories generators and
 * {@link dev.vouchers.testkit.model} the reference model of the voucher lifecycle;
 * {@link dev.vouchers.testkit.Concurrently} starts the calls of a race test together.
 */
@NullMarked
package dev.vouchers.testkit;

import org.jspecify.annotations.NullMarked;
