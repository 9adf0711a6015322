// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.testkit.contract.DomainProbeContract;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The testkit's {@link DomainProbeContract}, run by each probe of this module on loopback. */
class DomainProbeContractTest {

  /** The servers every contract run publishes to. */
  abstract static class OnLoopback extends DomainProbeContract {
    LoopbackWebServer web;
    LoopbackDnsServer dns;

    @BeforeEach
    void startServers() throws IOException {
      web = LoopbackWebServer.start();
      dns = LoopbackDnsServer.start();
    }

    @AfterEach
    void stopServers() {
      web.close();
      dns.close();
    }

    HttpDomainProbe http() {
      return HttpDomainProbe.builder().schemes("http").httpPort(web.port())
          .connectTo(domain -> InetAddress.getLoopbackAddress().getHostAddress())
          .requestTimeout(Duration.ofSeconds(8)).build();
    }

    DnsDomainProbe dnsProbe() {
      return DnsDomainProbe.builder().servers(dns.address()).timeout(Duration.ofSeconds(5))
          .retries(1).build();
    }

    @Override
    protected DomainName domain() {
      return new DomainName("shop.example");
    }

    @Override
    protected void publishWeb(DomainName domain, String checkName, String body) {
      web.serve("/" + checkName, 200, body);
    }

    @Override
    protected void publishTxt(DomainName domain, String checkName, String record) {
      dns.publish(checkName + "." + domain.value(), record);
    }
  }

  @Nested
  class Http extends OnLoopback {
    @Override
    protected DomainProbe probe() {
      return http();
    }

    @Override
    protected boolean observesDns() {
      return false;
    }
  }

  @Nested
  class Dns extends OnLoopback {
    @Override
    protected DomainProbe probe() {
      return dnsProbe();
    }

    @Override
    protected boolean observesWeb() {
      return false;
    }
  }

  @Nested
  class Combined extends OnLoopback {
    @Override
    protected DomainProbe probe() {
      return DomainProbes.combined(http(), dnsProbe());
    }
  }
}
