// SPDX-License-Identifier: Apache-2.0
/**
 * D-1 domain-control probes over the JDK alone: {@link dev.vouchers.probes.HttpDomainProbe}
 * fetches {@code http(s)://<domain>/<check-name>} with {@code java.net.http},
 * {@link dev.vouchers.probes.DnsDomainProbe} reads the TXT records of
 * {@code <check-name>.<domain>} through JNDI, and {@link dev.vouchers.probes.DomainProbes}
 * combines them into the one {@link dev.vouchers.core.voucher.port.out.DomainProbe} a programme takes.
 *
 * <p>The probes only fetch; the core decides. They never throw for a network failure: what
 * could not be fetched is reported as not observed, and logged at DEBUG.
 */
@NullMarked
package dev.vouchers.probes;

import org.jspecify.annotations.NullMarked;
