// SPDX-License-Identifier: Apache-2.0
/**
 * L-4's guard for adapter authors: {@link dev.vouchers.testkit.guard.UseCaseGuard} drives every
 * use case of the programme with generated hostile input ({@link
 * dev.vouchers.testkit.guard.HostileInputs}) over a storage and checks that no call throws and
 * that no refusal changes the store ({@link dev.vouchers.testkit.guard.StoreDigest}).
 */
@NullMarked
package dev.vouchers.testkit.guard;

import org.jspecify.annotations.NullMarked;
