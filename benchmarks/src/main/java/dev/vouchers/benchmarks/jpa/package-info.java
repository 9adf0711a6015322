// SPDX-License-Identifier: Apache-2.0
/**
 * "What a shop would write instead" (issue 12): the same voucher work as the library, written the
 * way a good engineer writes it with JPA / Hibernate ORM, to compare the library against. Not
 * part of the library; only the benchmarks use it ({@link dev.vouchers.benchmarks.jpa.JpaShop}).
 */
@org.jspecify.annotations.NullMarked
package dev.vouchers.benchmarks.jpa;
