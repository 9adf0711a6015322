// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D-1 in the demo: demo domains are checked in the demo zone, every other on the real side. */
class DemoDomainProbeTest {
  private static final String CHECK = "_voucher-challenge";
  private static final String NAME = CHECK + ".shop.example";
  private static final String SECRET = "K7QW2M9XHBDA4TREPZ6SNV8CJY";

  private final DemoZone zone = new DemoZone("example");

  @AfterEach
  void close() {
    zone.close();
  }

  @Test
  void theDemoProbeObservesWhatIsPublishedInTheZone_D1() {
    List<DomainName> askedReal = new ArrayList<>();
    DomainProbe probe = new DemoDomainProbe(zone, (domain, check) -> {
      askedReal.add(domain);
      return ProbeObservation.nothing();
    });
    DomainName shop = new DomainName("shop.example");

    assertThat(probe.observe(shop, CHECK)).isEqualTo(ProbeObservation.nothing());
    zone.publishTxt(NAME, SECRET);
    assertThat(probe.observe(shop, CHECK).txtRecords()).containsExactly(SECRET);
    zone.remove(NAME);
    assertThat(probe.observe(shop, CHECK)).isEqualTo(ProbeObservation.nothing());
    assertThat(askedReal).isEmpty();
  }

  @Test
  void theDemoProbeAsksTheRealProbesForEveryOtherDomain_D1() {
    zone.publishTxt(NAME, SECRET);
    List<String> askedReal = new ArrayList<>();
    DomainProbe probe = new DemoDomainProbe(zone, (domain, check) -> {
      askedReal.add(check + "." + domain.value());
      return new ProbeObservation(Optional.of("from the web"), List.of());
    });

    ProbeObservation seen = probe.observe(new DomainName("shop.example.com"), CHECK);

    assertThat(seen.httpBody()).contains("from the web");
    assertThat(askedReal).containsExactly(CHECK + ".shop.example.com");
  }
}
