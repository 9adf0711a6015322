// SPDX-License-Identifier: Apache-2.0
/**
 * Contract suites, one per outbound port. An adapter author extends a suite and supplies a
 * fresh {@link dev.vouchers.testkit.contract.Storage} per test; the suite pins everything the
 * core relies on, concurrency (V-7) included.
 */
@NullMarked
package dev.vouchers.testkit.contract;

import org.jspecify.annotations.NullMarked;
