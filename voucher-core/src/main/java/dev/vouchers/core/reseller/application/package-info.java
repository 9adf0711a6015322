// SPDX-License-Identifier: Apache-2.0
/**
 * The services of the reseller programme: applications and customer links, wired by the
 * programme through {@link dev.vouchers.core.reseller.application.WiredResellers}.
 */
@NullMarked
package dev.vouchers.core.reseller.application;

import org.jspecify.annotations.NullMarked;
