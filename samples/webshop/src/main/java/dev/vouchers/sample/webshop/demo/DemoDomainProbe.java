// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.probes.DnsDomainProbe;
import java.time.Duration;
import java.util.Objects;

/**
 * D-1 in the demo: the library's {@link DomainProbe} for the sample. A domain in the
 * {@link DemoZone} (e.g. {@code shop.example}) is looked up by the library's real DNS probe,
 * {@link DnsDomainProbe}, asking the zone's server on loopback, so the demo runs the same path
 * a real check does; every other domain goes to the real probes.
 */
public final class DemoDomainProbe implements DomainProbe {
  private final DemoZone zone;
  private final DomainProbe demo;
  private final DomainProbe real;

  /**
   * The probe.
   *
   * @param zone the demo zone
   * @param real the probes for every domain outside the zone
   */
  public DemoDomainProbe(DemoZone zone, DomainProbe real) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.real = Objects.requireNonNull(real, "real");
    this.demo = DnsDomainProbe.builder()
        .servers(zone.address())
        .timeout(Duration.ofMillis(500))
        .retries(2)
        .build();
  }

  @Override
  public ProbeObservation observe(DomainName domain, String checkName) {
    return zone.covers(domain) ? demo.observe(domain, checkName) : real.observe(domain, checkName);
  }
}
